# frozen_string_literal: true

module Deplite
  module Models
    # `org`: the token may run any trigger of the organisation; `trigger`: only those in `triggerIds`.
    module TokenScope
      extend Enum

      ORG = "org"
      TRIGGER = "trigger"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[org trigger].freeze
    end
  end
end
