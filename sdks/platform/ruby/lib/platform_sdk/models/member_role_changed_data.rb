# frozen_string_literal: true

module PlatformSdk
  module Models
    # The member with the new role, and the role before.
    class MemberRoleChangedData < Model
      # @!attribute [r] member
      #   @return [PlatformSdk::Models::Member]
      attribute :member, "member", :Member, required: true
      # @!attribute [r] previous_role
      #   @return [String] Values: {PlatformSdk::Models::Role}.
      attribute :previous_role, "previousRole", :Role, required: true
    end
  end
end
