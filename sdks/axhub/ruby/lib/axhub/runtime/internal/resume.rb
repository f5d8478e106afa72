# frozen_string_literal: true

module Internal
  # Internal: how a client (BaseClient includes it) follows an event stream whose operation has a
  # Resume: when the stream ends or breaks while the caller still reads, it connects again with the
  # id of the last event delivered in the Resume's header, after the server's last `retry` (else
  # the Resume's retry_ms), at most max_reconnects times in a row without an event in between. The
  # server resumes after the id sent, so every event is delivered once. A broken stream past the
  # limit raises its APIConnectionError; one that ended cleanly just ends. An error status is raised
  # at once, as for any stream.
  module StreamResumption
    # What broke a stream (the transport's own errors, when it does not wrap them).
    BREAKS = [APIConnectionError, *NetHTTPTransport::TIMEOUT_ERRORS, *NetHTTPTransport::CONNECTION_ERRORS].freeze

    private

    # The events of a prepared stream, given to the block: resumed when its operation says so.
    def follow_events(prepared, &consumer)
      prepared.operation.resume ? follow_resumed(prepared, &consumer) : follow_stream(prepared, &consumer)
    end

    def follow_resumed(prepared, &consumer)
      resume = prepared.operation.resume
      last_id = Headers.get(prepared.headers, resume.header)
      wait_ms = resume.retry_ms
      failures = 0
      loop do
        delivered = false
        broken = nil
        begin
          follow_stream(resumed_from(prepared, resume.header, last_id)) do |event|
            delivered = true
            last_id = event.id unless event.id.nil? || event.id.empty?
            wait_ms = event.retry if event.retry
            consumer.call(event)
          end
        rescue *BREAKS => e
          broken = e
        end
        failures = delivered ? 1 : failures + 1
        if failures > resume.max_reconnects
          raise broken if broken

          return
        end
        @sleeper.call(wait_ms / 1000.0)
      end
    end

    # The prepared request again, with `last_id` in `header` (as it was when there is none).
    def resumed_from(prepared, header, last_id)
      return prepared if last_id.nil? || Headers.get(prepared.headers, header) == last_id

      again = prepared.dup
      again.headers = Headers.put(prepared.headers.dup, header, last_id).freeze
      again.freeze
    end
  end
end
