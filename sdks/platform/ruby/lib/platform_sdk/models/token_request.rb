# frozen_string_literal: true

module PlatformSdk
  module Models
    # TokenRequest: an object of Platform API.
    class TokenRequest < Model
      # @!attribute [r] token
      #   @return [String] The token an email carried.
      attribute :token, "token", :string, required: true
    end
  end
end
