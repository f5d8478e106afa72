# frozen_string_literal: true

module Deplite
  module Models
    # LogLevel: an enum of Deplite API.
    module LogLevel
      extend Enum

      DEBUG = "debug"
      INFO = "info"
      WARN = "warn"
      ERROR = "error"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[debug info warn error].freeze
    end
  end
end
