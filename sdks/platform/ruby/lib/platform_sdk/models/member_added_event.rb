# frozen_string_literal: true

module PlatformSdk
  module Models
    # Someone joined a tenant.
    class MemberAddedEvent < Model
      # @!attribute [r] id
      #   @return [String] The event's id (increasing).
      attribute :id, "id", :string, required: true
      # @!attribute [r] type
      #   @return [String] The event type. Values: {PlatformSdk::Models::MemberAddedEventType}.
      attribute :type, "type", :MemberAddedEventType, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant joined.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] data
      #   @return [PlatformSdk::Models::MemberData]
      attribute :data, "data", :MemberData, required: true
    end
  end
end
