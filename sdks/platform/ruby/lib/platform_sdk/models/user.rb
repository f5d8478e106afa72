# frozen_string_literal: true

module PlatformSdk
  module Models
    # A person's account.
    class User < Model
      # @!attribute [r] id
      #   @return [String] The account's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] display_name
      #   @return [String] The name shown to other members.
      attribute :display_name, "displayName", :string, required: true
      # @!attribute [r] email_verified
      #   @return [Boolean] Whether the address was confirmed.
      attribute :email_verified, "emailVerified", :boolean, required: true
      # @!attribute [r] is_active
      #   @return [Boolean] Whether the account may sign in.
      attribute :is_active, "isActive", :boolean, required: true
      # @!attribute [r] auth_methods
      #   @return [Array<PlatformSdk::Models::AuthMethod>] How the account can sign in.
      attribute :auth_methods, "authMethods", [:array, :AuthMethod], required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] updated_at
      #   @return [Time]
      attribute :updated_at, "updatedAt", :date_time, required: true
      # @!attribute [r] last_login_at
      #   @return [Time, nil] The last successful sign-in, if any.
      attribute :last_login_at, "lastLoginAt", :date_time, nullable: true
    end
  end
end
