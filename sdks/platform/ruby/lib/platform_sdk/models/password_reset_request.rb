# frozen_string_literal: true

module PlatformSdk
  module Models
    # PasswordResetRequest: an object of Platform API.
    class PasswordResetRequest < Model
      # @!attribute [r] token
      #   @return [String] The token of the reset email.
      attribute :token, "token", :string, required: true
      # @!attribute [r] new_password
      #   @return [String]
      attribute :new_password, "newPassword", :string, required: true
    end
  end
end
