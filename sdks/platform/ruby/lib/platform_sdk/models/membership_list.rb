# frozen_string_literal: true

module PlatformSdk
  module Models
    # The caller's memberships.
    class MembershipList < Model
      # @!attribute [r] memberships
      #   @return [Array<PlatformSdk::Models::Membership>]
      attribute :memberships, "memberships", [:array, :Membership], required: true
    end
  end
end
