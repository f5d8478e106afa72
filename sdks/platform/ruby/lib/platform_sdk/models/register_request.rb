# frozen_string_literal: true

module PlatformSdk
  module Models
    # RegisterRequest: an object of Platform API.
    class RegisterRequest < Model
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] password
      #   @return [String]
      attribute :password, "password", :string, required: true
      # @!attribute [r] display_name
      #   @return [String] The name shown to other members.
      attribute :display_name, "displayName", :string, required: true
      # @!attribute [r] invitation_token
      #   @return [String] An invitation's token; the new account joins that tenant too.
      attribute :invitation_token, "invitationToken", :string
    end
  end
end
