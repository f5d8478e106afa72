# frozen_string_literal: true

module AxHub
  module Models
    # A page of released versions.
    class ReleasePage < Model
      # @!attribute [r] items
      #   @return [Array<AxHub::Models::Release>]
      attribute :items, "items", [:array, :Release], required: true
      # @!attribute [r] next_cursor
      #   @return [String] Continuation token; empty when there are no more items.
      attribute :next_cursor, "next_cursor", :string, required: true
      # @!attribute [r] total
      #   @return [Integer] Total number of versions.
      attribute :total, "total", :integer, required: true
    end
  end
end
