# frozen_string_literal: true

module PlatformSdk
  module Models
    # A webhook's new signing secret.
    class SecretRotated < Model
      # @!attribute [r] secret
      #   @return [String] The new secret (`whsec_...`).
      attribute :secret, "secret", :string, required: true
      # @!attribute [r] secret_preview
      #   @return [String] Its last eight characters.
      attribute :secret_preview, "secretPreview", :string, required: true
    end
  end
end
