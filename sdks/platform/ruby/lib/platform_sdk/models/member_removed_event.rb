# frozen_string_literal: true

module PlatformSdk
  module Models
    # A member was removed from a tenant.
    class MemberRemovedEvent < Model
      # @!attribute [r] id
      #   @return [String] The event's id (increasing).
      attribute :id, "id", :string, required: true
      # @!attribute [r] type
      #   @return [String] The event type. Values: {PlatformSdk::Models::MemberRemovedEventType}.
      attribute :type, "type", :MemberRemovedEventType, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant left.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] data
      #   @return [PlatformSdk::Models::MemberRemovedData]
      attribute :data, "data", :MemberRemovedData, required: true
    end
  end
end
