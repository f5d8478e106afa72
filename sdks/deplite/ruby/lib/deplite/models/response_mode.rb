# frozen_string_literal: true

module Deplite
  module Models
    # `async`: a run answers at once with the queued job; `sync`: a run waits (up to 30 seconds) for the job's result.
    module ResponseMode
      extend Enum

      ASYNC = "async"
      SYNC = "sync"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[async sync].freeze
    end
  end
end
