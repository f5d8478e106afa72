# frozen_string_literal: true

module PlatformSdk
  module Models
    # A delivery.
    class DeliveryEnvelope < Model
      # @!attribute [r] delivery
      #   @return [PlatformSdk::Models::Delivery]
      attribute :delivery, "delivery", :Delivery, required: true
    end
  end
end
