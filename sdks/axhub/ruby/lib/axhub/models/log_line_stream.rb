# frozen_string_literal: true

module AxHub
  module Models
    # Output stream the line came from.
    module LogLineStream
      extend Enum

      STDOUT = "stdout"
      STDERR = "stderr"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[stdout stderr].freeze
    end
  end
end
