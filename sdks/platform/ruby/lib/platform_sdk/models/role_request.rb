# frozen_string_literal: true

module PlatformSdk
  module Models
    # RoleRequest: an object of Platform API.
    class RoleRequest < Model
      # @!attribute [r] role
      #   @return [String] Values: {PlatformSdk::Models::InvitableRole}.
      attribute :role, "role", :InvitableRole, required: true
    end
  end
end
