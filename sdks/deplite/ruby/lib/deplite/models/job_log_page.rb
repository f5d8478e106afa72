# frozen_string_literal: true

module Deplite
  module Models
    # JobLogPage: an object of Deplite API.
    class JobLogPage < Model
      # @!attribute [r] items
      #   @return [Array<Deplite::Models::LogLine>]
      attribute :items, "items", [:array, :LogLine], required: true
      # @!attribute [r] next_seq
      #   @return [Integer] The `sinceSeq` to ask for next.
      attribute :next_seq, "nextSeq", :integer, required: true
    end
  end
end
