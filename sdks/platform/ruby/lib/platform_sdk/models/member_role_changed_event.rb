# frozen_string_literal: true

module PlatformSdk
  module Models
    # A member's role changed.
    class MemberRoleChangedEvent < Model
      # @!attribute [r] id
      #   @return [String] The event's id (increasing).
      attribute :id, "id", :string, required: true
      # @!attribute [r] type
      #   @return [String] The event type. Values: {PlatformSdk::Models::MemberRoleChangedEventType}.
      attribute :type, "type", :MemberRoleChangedEventType, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant concerned.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] data
      #   @return [PlatformSdk::Models::MemberRoleChangedData]
      attribute :data, "data", :MemberRoleChangedData, required: true
    end
  end
end
