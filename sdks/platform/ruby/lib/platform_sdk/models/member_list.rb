# frozen_string_literal: true

module PlatformSdk
  module Models
    # The tenant's members.
    class MemberList < Model
      # @!attribute [r] members
      #   @return [Array<PlatformSdk::Models::Member>]
      attribute :members, "members", [:array, :Member], required: true
    end
  end
end
