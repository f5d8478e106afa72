# frozen_string_literal: true

module PlatformSdk
  module Models
    # The event types.
    class EventTypeList < Model
      # @!attribute [r] event_types
      #   @return [Array<PlatformSdk::Models::EventTypeInfo>]
      attribute :event_types, "eventTypes", [:array, :EventTypeInfo], required: true
    end
  end
end
