# frozen_string_literal: true

module Deplite
  module Models
    # `summary`: step-level lines the agent writes; `raw`: the workflow's own output.
    module LogStream
      extend Enum

      SUMMARY = "summary"
      RAW = "raw"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[summary raw].freeze
    end
  end
end
