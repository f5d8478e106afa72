# frozen_string_literal: true

module PlatformSdk
  module Models
    # A way the account can sign in.
    class AuthMethod < Model
      # @!attribute [r] provider
      #   @return [String] For example `password`.
      attribute :provider, "provider", :string, required: true
    end
  end
end
