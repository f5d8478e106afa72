# frozen_string_literal: true

module PlatformSdk
  module Models
    # CreateWebhookRequest: an object of Platform API.
    class CreateWebhookRequest < Model
      # @!attribute [r] name
      #   @return [String] Its name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] description
      #   @return [String] What it is for.
      attribute :description, "description", :string
      # @!attribute [r] url
      #   @return [String]
      attribute :url, "url", :string, required: true
      # @!attribute [r] events
      #   @return [Array<String>] The event types it receives.
      attribute :events, "events", [:array, :EventType], required: true
    end
  end
end
