# frozen_string_literal: true

module PlatformSdk
  module Models
    # A new key; `rawKey` is never shown again.
    class ApiKeyCreated < Model
      # @!attribute [r] api_key
      #   @return [PlatformSdk::Models::ApiKey]
      attribute :api_key, "apiKey", :ApiKey, required: true
      # @!attribute [r] raw_key
      #   @return [String] The key to send as the bearer token.
      attribute :raw_key, "rawKey", :string, required: true
    end
  end
end
