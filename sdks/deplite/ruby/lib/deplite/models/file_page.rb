# frozen_string_literal: true

module Deplite
  module Models
    # FilePage: an object of Deplite API.
    class FilePage < Model
      # @!attribute [r] items
      #   @return [Array<Deplite::Models::StoredFile>]
      attribute :items, "items", [:array, :StoredFile], required: true
      # @!attribute [r] next_cursor
      #   @return [String] The next page's `cursor`; absent on the last page.
      attribute :next_cursor, "nextCursor", :string
    end
  end
end
