# frozen_string_literal: true

module PlatformSdk
  module Models
    # The person behind the credential, and their memberships.
    class Profile < Model
      # @!attribute [r] user
      #   @return [PlatformSdk::Models::User]
      attribute :user, "user", :User, required: true
      # @!attribute [r] memberships
      #   @return [Array<PlatformSdk::Models::Membership>]
      attribute :memberships, "memberships", [:array, :Membership], required: true
    end
  end
end
