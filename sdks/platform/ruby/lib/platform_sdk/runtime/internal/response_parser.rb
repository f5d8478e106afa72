# frozen_string_literal: true

module Internal
  # Internal: reading a response into a result or an error.
  module ResponseParser
    UNDECLARED = Object.new.freeze
    # The bytes String#strip removes: NUL, \t, \n, \v, \f, \r and space.
    STRIPPED_BYTES = [0, 9, 10, 11, 12, 13, 32].freeze
    JSON_MEDIA = "application/json"
    # The keys of `responses` for the statuses (no String made per response).
    STATUS_KEYS = (100..599).to_h { |status| [status, status.to_s.freeze] }.freeze
    private_constant :UNDECLARED, :STRIPPED_BYTES, :JSON_MEDIA, :STATUS_KEYS

    # What an error body says: `{"statusCode", "code", "message", "retryAfter"}`, also
    # `{"error": {...}}` and `{"error": "..."}`; anything else is tolerated.
    Details = Struct.new(:body, :code, :message, :retry_after, keyword_init: true)

    module_function

    # 2xx: the decoded body ({} when there is none); 3xx: a RedirectResult; anything else
    # raises the status's APIStatusError subclass. `now`: epoch seconds (for a Retry-After
    # date), or something that gives them when #call'ed (only an error asks).
    def parse(operation, response, request, now)
      status = response.status
      if (300..399).cover?(status)
        return RedirectResult.new(status:, location: Headers.get(response.headers, "location").to_s)
      end
      raise status_error(operation, response, request, now) unless (200..299).cover?(status)
      return {} if status == 204 || blank?(response.body)

      result = decode_body(operation, response)
      request_id = response.headers["x-request-id"]
      request_id && result.is_a?(Model) ? result.__send__(:with_request_id, request_id) : result
    end

    def decode_body(operation, response)
      type = response_type(operation, response.status)
      return response.body.b if type == :binary
      return EventParser.parse(response.body) if type == :event_stream # the whole stream at once

      content_type = (response.headers["content-type"] || Headers.get(response.headers, "content-type")).to_s
      return text_body(response, content_type) unless json_media?(content_type)

      data = parse_json(operation, response)
      type.equal?(UNDECLARED) ? data : Serde.decode!(data, type) # the parsed tree is ours to reuse
    end

    # The declared body type for `status`: exact, then "2XX", then "default"; UNDECLARED when none.
    def response_type(operation, status)
      exact = operation.responses.fetch(STATUS_KEYS[status] || status.to_s, UNDECLARED)
      return exact unless exact.equal?(UNDECLARED)

      keys = ["#{status / 100}XX", "#{status / 100}xx", "default"]
      key = keys.find { |candidate| operation.responses.key?(candidate) }
      key ? operation.responses[key] : UNDECLARED
    end

    def json_media?(content_type)
      return true if content_type == JSON_MEDIA # what nearly every response says

      media = content_type.split(";", 2).first.to_s.strip.downcase
      media.empty? || media == "application/json" || media.end_with?("+json")
    end

    def text_body(response, content_type)
      return response.body.b if content_type.downcase.start_with?("application/octet-stream")

      utf8(response.body)
    end

    def parse_json(operation, response)
      JSON.parse(utf8(response.body))
    rescue JSON::ParserError => e
      raise ResponseDecodeError.new("#{response.status} response is not valid JSON (#{e.message})",
                                    status: response.status, text: utf8(response.body),
                                    operation_id: operation.operation_id)
    end

    # A UTF-8 copy of `text`, invalid bytes replaced (one copy when it is valid, as it nearly always is;
    # String.new copies the bytes, where #dup would also make the original a shared string).
    def utf8(text)
      copy = String.new(text.to_s).force_encoding(Encoding::UTF_8)
      copy.valid_encoding? ? copy : copy.scrub
    end

    # Is the body empty or only whitespace (as String#strip sees it)? Looks at the first byte
    # before copying anything.
    def blank?(body)
      return true if body.nil? || body.empty?
      return false unless STRIPPED_BYTES.include?(body.getbyte(0))

      body.to_s.strip.empty?
    end

    # The error for a non-2xx, non-3xx response, by the one status → class map.
    def status_error(operation, response, request, now)
      now = now.call if now.respond_to?(:call)
      request = request&.redacted
      details = error_details(response)
      retry_after = RetryPolicy.parse_retry_after(response.headers, now) || details.retry_after
      body = details.body
      type = response_type(operation, response.status)
      body = Serde.decode(body, type) if body.is_a?(Hash) && !type.equal?(UNDECLARED)
      APIStatusError.class_for_status(response.status).new(
        status: response.status, code: details.code, server_message: details.message, retry_after:,
        body:, headers: response.headers, operation_id: operation.operation_id,
        http_method: request&.http_method, url: request&.url,
        response: RawResponse.new(response, operation, request:, now:)
      )
    end

    def error_details(response)
      text = utf8(response.body)
      body = text.strip.empty? ? nil : (JSON.parse(text) rescue text) # rubocop:disable Style/RescueModifier
      fields = body.is_a?(Hash) ? body : {}
      fields = fields["error"] if fields["error"].is_a?(Hash)
      message = fields["message"]
      message = fields["error"] if message.nil? && fields["error"].is_a?(String)
      message = body.strip if message.nil? && body.is_a?(String) && body.length <= 500
      Details.new(body:, code: fields["code"]&.to_s, message: message&.to_s,
                  retry_after: seconds(fields["retryAfter"]))
    end

    def seconds(value)
      return nil unless value.is_a?(Numeric) || value.is_a?(String)

      number = Float(value, exception: false)
      number&.negative? ? nil : number
    end
  end

  # Internal: the errors the retry loop and the waiter give up with.
  module Failures
    module_function

    def transport_error(prepared, error, attempts)
      timed_out = error.is_a?(APITimeoutError) || error.is_a?(Timeout::Error)
      type = timed_out ? APITimeoutError : APIConnectionError
      text = error.is_a?(APIConnectionError) ? error.message : "#{error.class.name}: #{error.message}"
      type.new(text, operation_id: prepared.operation.operation_id, http_method: prepared.http_method,
                     url: Internal::Text.redact_query(prepared.url, prepared.secret_query), attempts:)
    end

    def state_of(value)
      [true, false].include?(value) ? value.to_s : value
    end

    # `why`: the bound that ended the wait ("after 600s", "after 3 polls (max_polls)", ...).
    def waiter_timeout(operation, current, state, timeout, why = nil)
      waiter = operation.waiter
      why ||= "after #{Internal::Text.seconds(timeout)}s"
      WaiterTimeoutError.new(
        "#{operation.operation_id}: #{waiter.field} is still #{state.inspect} #{why} " \
        "(waiting for #{waiter.terminal.join(", ")})",
        last: current, value: state, operation_id: operation.operation_id, timeout:
      )
    end
  end
end
