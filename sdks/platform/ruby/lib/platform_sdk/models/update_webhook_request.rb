# frozen_string_literal: true

module PlatformSdk
  module Models
    # UpdateWebhookRequest: an object of Platform API.
    class UpdateWebhookRequest < Model
      # @!attribute [r] name
      #   @return [String] A new name.
      attribute :name, "name", :string
      # @!attribute [r] description
      #   @return [String] A new description.
      attribute :description, "description", :string
      # @!attribute [r] url
      #   @return [String]
      attribute :url, "url", :string
      # @!attribute [r] events
      #   @return [Array<String>] The event types it receives from now on.
      attribute :events, "events", [:array, :EventType]
      # @!attribute [r] is_active
      #   @return [Boolean] Pause (false) or resume (true) deliveries.
      attribute :is_active, "isActive", :boolean
    end
  end
end
