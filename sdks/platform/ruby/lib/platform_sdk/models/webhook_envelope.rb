# frozen_string_literal: true

module PlatformSdk
  module Models
    # A webhook.
    class WebhookEnvelope < Model
      # @!attribute [r] webhook
      #   @return [PlatformSdk::Models::Webhook]
      attribute :webhook, "webhook", :Webhook, required: true
    end
  end
end
