# frozen_string_literal: true

module PlatformSdk
  module Models
    # A webhook with its secret and latest deliveries.
    class WebhookDetail < Model
      # @!attribute [r] webhook
      #   @return [PlatformSdk::Models::Webhook]
      attribute :webhook, "webhook", :Webhook, required: true
      # @!attribute [r] secret
      #   @return [String] The current signing secret.
      attribute :secret, "secret", :string, required: true
      # @!attribute [r] deliveries
      #   @return [Array<PlatformSdk::Models::Delivery>] The 20 most recent deliveries, newest first.
      attribute :deliveries, "deliveries", [:array, :Delivery], required: true
    end
  end
end
