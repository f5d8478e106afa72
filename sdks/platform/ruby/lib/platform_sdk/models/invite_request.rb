# frozen_string_literal: true

module PlatformSdk
  module Models
    # InviteRequest: an object of Platform API.
    class InviteRequest < Model
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] role
      #   @return [String] Values: {PlatformSdk::Models::InvitableRole}.
      attribute :role, "role", :InvitableRole, required: true
    end
  end
end
