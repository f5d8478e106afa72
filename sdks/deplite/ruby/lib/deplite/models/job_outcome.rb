# frozen_string_literal: true

module Deplite
  module Models
    # How a finished job ended.
    module JobOutcome
      extend Enum

      SUCCESS = "success"
      FAILED = "failed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[success failed].freeze
    end
  end
end
