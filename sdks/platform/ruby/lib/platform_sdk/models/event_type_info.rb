# frozen_string_literal: true

module PlatformSdk
  module Models
    # An event type and what it reports.
    class EventTypeInfo < Model
      # @!attribute [r] type
      #   @return [String] Values: {PlatformSdk::Models::EventType}.
      attribute :type, "type", :EventType, required: true
      # @!attribute [r] description
      #   @return [String] When it is sent.
      attribute :description, "description", :string, required: true
    end
  end
end
