# frozen_string_literal: true

module Deplite
  module Models
    # FileState: an enum of Deplite API.
    module FileState
      extend Enum

      PENDING = "pending"
      UPLOADED = "uploaded"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[pending uploaded].freeze
    end
  end
end
