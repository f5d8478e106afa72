# frozen_string_literal: true

module PlatformSdk
  module Models
    # Deliveries, newest first.
    class DeliveryList < Model
      # @!attribute [r] deliveries
      #   @return [Array<PlatformSdk::Models::Delivery>]
      attribute :deliveries, "deliveries", [:array, :Delivery], required: true
    end
  end
end
