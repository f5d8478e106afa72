# frozen_string_literal: true

module PlatformSdk
  module Models
    # LoginRequest: an object of Platform API.
    class LoginRequest < Model
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
      # @!attribute [r] password
      #   @return [String] The account's password.
      attribute :password, "password", :string, required: true
    end
  end
end
