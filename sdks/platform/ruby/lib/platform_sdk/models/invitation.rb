# frozen_string_literal: true

module PlatformSdk
  module Models
    # An invitation that was sent.
    class Invitation < Model
      # @!attribute [r] id
      #   @return [String] The invitation's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant it invites to.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] role
      #   @return [String] Values: {PlatformSdk::Models::InvitableRole}.
      attribute :role, "role", :InvitableRole, required: true
      # @!attribute [r] expires_at
      #   @return [Time]
      attribute :expires_at, "expiresAt", :date_time, required: true
    end
  end
end
