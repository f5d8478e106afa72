# frozen_string_literal: true

module Internal
  # Internal: when to retry and how long to wait.
  module RetryPolicy
    module_function

    # An idempotent method, or any method carrying an Idempotency-Key.
    def retryable_request?(http_method, headers)
      IDEMPOTENT_METHODS.include?(http_method) || IDEMPOTENT_METHODS.include?(http_method.upcase) ||
        Headers.key?(headers, IDEMPOTENCY_HEADER)
    end

    def retryable_status?(status)
      RETRYABLE_STATUSES.include?(status)
    end

    # Exponential backoff with full jitter before retry number `retry_number` (0-based):
    # jitter * min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2**retry_number).
    def backoff_delay(retry_number, jitter)
      ceiling = [MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * (2.0**[retry_number, 32].min)].min
      jitter.to_f.clamp(0.0, 1.0) * ceiling
    end

    # What the server asked for (capped at MAX_RETRY_AFTER), else the backoff.
    def retry_delay(retry_number, retry_after, jitter)
      return [retry_after, MAX_RETRY_AFTER].min if retry_after

      backoff_delay(retry_number, jitter)
    end

    # Seconds from Retry-After-Ms, or Retry-After as delta-seconds or an HTTP date; nil when
    # absent or unreadable. `now` is the wall clock in epoch seconds.
    def parse_retry_after(headers, now)
      millis = Headers.get(headers, "retry-after-ms")
      seconds = number(millis)
      return [seconds / 1000.0, 0.0].max if seconds

      value = Headers.get(headers, "retry-after")&.strip
      return nil if value.nil? || value.empty?

      seconds = number(value)
      return [seconds, 0.0].max if seconds

      [Time.httpdate(value).to_f - now, 0.0].max
    rescue ArgumentError
      nil
    end

    def number(text)
      text && Float(text, exception: false)
    end
  end
end
