# frozen_string_literal: true

module PlatformSdk
  module Models
    # CreateApiKeyRequest: an object of Platform API.
    class CreateApiKeyRequest < Model
      # @!attribute [r] name
      #   @return [String] What the key is for.
      attribute :name, "name", :string, required: true
      # @!attribute [r] authority
      #   @return [String] Values: {PlatformSdk::Models::Authority}.
      attribute :authority, "authority", :Authority, required: true
    end
  end
end
