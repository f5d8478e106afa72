# frozen_string_literal: true

module PlatformSdk
  module Models
    # A new webhook and its signing secret.
    class WebhookCreated < Model
      # @!attribute [r] webhook
      #   @return [PlatformSdk::Models::Webhook]
      attribute :webhook, "webhook", :Webhook, required: true
      # @!attribute [r] secret
      #   @return [String] The signing secret (`whsec_...`).
      attribute :secret, "secret", :string, required: true
    end
  end
end
