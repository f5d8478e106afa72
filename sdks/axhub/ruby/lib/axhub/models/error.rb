# frozen_string_literal: true

module AxHub
  module Models
    # Body of every error response. `code` is a stable, machine-readable string; generic codes are `validation_failed`
    # (400), `unauthorized` (401), `forbidden` (403), `not_found` (404), `conflict` (409), `precondition_failed` (412),
    # `rate_limited` (429) and `internal_error` (500). Operations document the more specific codes they use.
    class Error < Model
      # @!attribute [r] status_code
      #   @return [Integer] HTTP status code, repeated in the body.
      attribute :status_code, "statusCode", :integer, required: true
      # @!attribute [r] code
      #   @return [String] Machine-readable error code, for example `rate_limited`.
      attribute :code, "code", :string, required: true
      # @!attribute [r] message
      #   @return [String] Human-readable explanation.
      attribute :message, "message", :string, required: true
      # @!attribute [r] retry_after
      #   @return [Integer] Seconds to wait before retrying; sent with 429 responses.
      attribute :retry_after, "retryAfter", :integer
    end
  end
end
