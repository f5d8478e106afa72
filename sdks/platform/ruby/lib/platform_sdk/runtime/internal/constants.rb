# frozen_string_literal: true

# Internal: every default of the transport in one place (timeouts, retries, headers).
module Internal
  # Seconds allowed to read (and write) one attempt's response.
  DEFAULT_TIMEOUT = 60.0
  # Seconds allowed to open the connection of one attempt.
  DEFAULT_OPEN_TIMEOUT = 10.0

  # Retries after the first attempt: a call makes at most 1 + max_retries attempts.
  DEFAULT_MAX_RETRIES = 2

  # Backoff before retry number n (0-based) is rand * min(MAX, INITIAL * 2**n) seconds.
  INITIAL_RETRY_DELAY = 0.5
  MAX_RETRY_DELAY = 8.0

  # A Retry-After (header, or retryAfter in the error body) is waited for, but never longer.
  MAX_RETRY_AFTER = 60.0

  # Statuses that are retried (when the request may be repeated safely).
  RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504].freeze

  # Methods that may be repeated without an Idempotency-Key.
  IDEMPOTENT_METHODS = %w[GET HEAD OPTIONS TRACE PUT DELETE].freeze

  # Methods that get an Idempotency-Key from the client when retries are on.
  AUTO_IDEMPOTENCY_METHODS = %w[POST].freeze

  # The media type of server-sent events (what a streaming call accepts).
  EVENT_STREAM = "text/event-stream"

  IDEMPOTENCY_HEADER = "Idempotency-Key"
  TENANT_HEADER = "X-Tenant-ID"

  # Headers whose values the logger and the debug hooks never see.
  REDACTED_HEADERS = %w[
    authorization proxy-authorization cookie set-cookie x-signature x-api-key x-auth-token
  ].freeze
  REDACTED = "[REDACTED]"

  # Defaults of the helpers, in seconds.
  DEFAULT_WAIT_TIMEOUT = 600.0
  DEFAULT_WAIT_INTERVAL = 2.0
  DEFAULT_TAIL_INTERVAL = 2.0
end
