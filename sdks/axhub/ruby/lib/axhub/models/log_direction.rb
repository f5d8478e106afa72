# frozen_string_literal: true

module AxHub
  module Models
    # `backward` pages from newest to older lines; `forward` returns only lines newer than the cursor (used for live
    # tailing).
    module LogDirection
      extend Enum

      BACKWARD = "backward"
      FORWARD = "forward"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[backward forward].freeze
    end
  end
end
