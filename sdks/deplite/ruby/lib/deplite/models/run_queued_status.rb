# frozen_string_literal: true

module Deplite
  module Models
    # Where the job stands now.
    module RunQueuedStatus
      extend Enum

      QUEUED = "queued"
      RUNNING = "running"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[queued running].freeze
    end
  end
end
