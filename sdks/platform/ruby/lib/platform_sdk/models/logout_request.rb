# frozen_string_literal: true

module PlatformSdk
  module Models
    # LogoutRequest: an object of Platform API.
    class LogoutRequest < Model
      # @!attribute [r] refresh_token
      #   @return [String] A refresh token to revoke too.
      attribute :refresh_token, "refreshToken", :string
    end
  end
end
