# frozen_string_literal: true

module Deplite
  module Models
    # `queued` until the agent takes the job, `running` until its result arrives, then `success` or `failed`.
    module JobStatus
      extend Enum

      QUEUED = "queued"
      RUNNING = "running"
      SUCCESS = "success"
      FAILED = "failed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[queued running success failed].freeze
    end
  end
end
