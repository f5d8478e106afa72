# frozen_string_literal: true

module PlatformSdk
  module Models
    # An open session - its tokens, the person and their memberships.
    class AuthSession < Model
      # @!attribute [r] access_token
      #   @return [String] The bearer token for calls, valid for `expiresIn` seconds.
      attribute :access_token, "accessToken", :string, required: true
      # @!attribute [r] refresh_token
      #   @return [String] Trades for a new pair once (`refreshSession`); valid for 30 days.
      attribute :refresh_token, "refreshToken", :string, required: true
      # @!attribute [r] token_type
      #   @return [String] Always `Bearer`.
      attribute :token_type, "tokenType", :string, required: true
      # @!attribute [r] expires_in
      #   @return [Integer] Seconds until the access token expires.
      attribute :expires_in, "expiresIn", :integer, required: true
      # @!attribute [r] user
      #   @return [PlatformSdk::Models::User]
      attribute :user, "user", :User, required: true
      # @!attribute [r] memberships
      #   @return [Array<PlatformSdk::Models::Membership>]
      attribute :memberships, "memberships", [:array, :Membership], required: true
    end
  end
end
