# frozen_string_literal: true

module PlatformSdk
  module Models
    # A tenant was created.
    class TenantCreatedEvent < Model
      # @!attribute [r] id
      #   @return [String] The event's id (increasing).
      attribute :id, "id", :string, required: true
      # @!attribute [r] type
      #   @return [String] The event type. Values: {PlatformSdk::Models::TenantCreatedEventType}.
      attribute :type, "type", :TenantCreatedEventType, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant whose log holds the event (the root tenant).
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] data
      #   @return [PlatformSdk::Models::TenantCreatedData]
      attribute :data, "data", :TenantCreatedData, required: true
    end
  end
end
