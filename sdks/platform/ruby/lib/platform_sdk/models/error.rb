# frozen_string_literal: true

module PlatformSdk
  module Models
    # The body of every error response.
    class Error < Model
      # @!attribute [r] status_code
      #   @return [Integer] The HTTP status, repeated.
      attribute :status_code, "statusCode", :integer, required: true
      # @!attribute [r] code
      #   @return [String] A stable, machine-readable reason (`account_locked`, `tenant_required`, ...).
      attribute :code, "code", :string, required: true
      # @!attribute [r] message
      #   @return [String] A human-readable explanation.
      attribute :message, "message", :string, required: true
      # @!attribute [r] retry_after
      #   @return [Integer] With 423 and 429, the seconds to wait before trying again.
      attribute :retry_after, "retryAfter", :integer
    end
  end
end
