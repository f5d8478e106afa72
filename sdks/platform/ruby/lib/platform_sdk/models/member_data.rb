# frozen_string_literal: true

module PlatformSdk
  module Models
    # The member concerned, as they are after the change.
    class MemberData < Model
      # @!attribute [r] member
      #   @return [PlatformSdk::Models::Member]
      attribute :member, "member", :Member, required: true
    end
  end
end
