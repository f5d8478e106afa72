# frozen_string_literal: true

module PlatformSdk
  module Models
    # RefreshRequest: an object of Platform API.
    class RefreshRequest < Model
      # @!attribute [r] refresh_token
      #   @return [String] The refresh token of the session.
      attribute :refresh_token, "refreshToken", :string, required: true
    end
  end
end
