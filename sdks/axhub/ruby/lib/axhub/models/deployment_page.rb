# frozen_string_literal: true

module AxHub
  module Models
    # A page of deployments. The seed types `items` only as an array of objects; each item is a full `Deployment` (and
    # carries its `app_id`).
    class DeploymentPage < Model
      # @!attribute [r] items
      #   @return [Array<AxHub::Models::Deployment>]
      attribute :items, "items", [:array, :Deployment], required: true
      # @!attribute [r] next_cursor
      #   @return [String] Continuation token; empty when there are no more items.
      attribute :next_cursor, "next_cursor", :string, required: true
      # @!attribute [r] total
      #   @return [Integer] Total number of matching deployments.
      attribute :total, "total", :integer, required: true
    end
  end
end
