# frozen_string_literal: true

module PlatformSdk
  module Models
    # The active API keys.
    class ApiKeyList < Model
      # @!attribute [r] api_keys
      #   @return [Array<PlatformSdk::Models::ApiKey>]
      attribute :api_keys, "apiKeys", [:array, :ApiKey], required: true
    end
  end
end
