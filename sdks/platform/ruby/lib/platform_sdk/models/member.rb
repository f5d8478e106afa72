# frozen_string_literal: true

module PlatformSdk
  module Models
    # A member of a tenant.
    class Member < Model
      # @!attribute [r] user_id
      #   @return [String] The member's account id.
      attribute :user_id, "userId", :string, required: true
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] display_name
      #   @return [String] The member's name.
      attribute :display_name, "displayName", :string, required: true
      # @!attribute [r] role
      #   @return [String] Values: {PlatformSdk::Models::Role}.
      attribute :role, "role", :Role, required: true
      # @!attribute [r] joined_at
      #   @return [Time]
      attribute :joined_at, "joinedAt", :date_time, required: true
    end
  end
end
