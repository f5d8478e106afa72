# frozen_string_literal: true

module AxHub
  module Models
    # Overall state of a bootstrap. `done` and `failed` are terminal.
    module BootstrapStatus
      extend Enum

      RUNNING = "running"
      DONE = "done"
      FAILED = "failed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[running done failed].freeze
    end
  end
end
