# frozen_string_literal: true

module PlatformSdk
  module Models
    # The tenant's webhooks.
    class WebhookList < Model
      # @!attribute [r] webhooks
      #   @return [Array<PlatformSdk::Models::Webhook>]
      attribute :webhooks, "webhooks", [:array, :Webhook], required: true
    end
  end
end
