# frozen_string_literal: true

module PlatformSdk
  module Models
    # One attempt to deliver an event to a webhook.
    class Delivery < Model
      # @!attribute [r] id
      #   @return [String] The delivery's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] webhook_id
      #   @return [String] The webhook it went to.
      attribute :webhook_id, "webhookId", :string, required: true
      # @!attribute [r] event_id
      #   @return [String] The event delivered.
      attribute :event_id, "eventId", :string, required: true
      # @!attribute [r] event_type
      #   @return [String] Values: {PlatformSdk::Models::EventType}.
      attribute :event_type, "eventType", :EventType, required: true
      # @!attribute [r] test_
      #   @return [Boolean] Whether it was a test delivery.
      attribute :test_, "test", :boolean, required: true
      # @!attribute [r] payload
      #   @return [String] The body sent, exactly.
      attribute :payload, "payload", :string, required: true
      # @!attribute [r] response_code
      #   @return [Integer, nil] The receiver's HTTP status; null when no answer came.
      attribute :response_code, "responseCode", :integer, nullable: true
      # @!attribute [r] response_body
      #   @return [String, nil] The start of the receiver's answer (up to 1000 characters); null when none came.
      attribute :response_body, "responseBody", :string, nullable: true
      # @!attribute [r] error
      #   @return [String, nil] Why no answer came (connection refused, timeout), or null.
      attribute :error, "error", :string, nullable: true
      # @!attribute [r] success
      #   @return [Boolean] Whether the receiver answered with a 2xx status.
      attribute :success, "success", :boolean, required: true
      # @!attribute [r] duration_ms
      #   @return [Integer] How long the attempt took.
      attribute :duration_ms, "durationMs", :integer, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
    end
  end
end
