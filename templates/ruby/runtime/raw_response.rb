# frozen_string_literal: true

# Public: the response of one call as it came: status, headers, body. {#parsed} gives
# what the typed call would have returned (or raises its error).
class RawResponse
  # @return [HTTPResponse]
  attr_reader :http_response
  # @return [Operation]
  attr_reader :operation
  # @return [HTTPRequest, nil] the last attempt's request (headers redacted)
  attr_reader :request

  def initialize(http_response, operation, request: nil, now: nil)
    @http_response = http_response
    @operation = operation
    @request = request&.redacted
    @now = now || Time.now.to_f
    freeze
  end

  # @return [Integer]
  def status
    @http_response.status
  end

  # @return [Hash{String => String}] header names in lower case
  def headers
    @http_response.headers
  end

  # @return [String, nil] one header, whatever the case of `name`
  def header(name)
    @http_response[name]
  end

  # @return [String] the body as it came
  def body
    @http_response.body
  end

  # @return [Object, nil] the body parsed as JSON (nil when empty)
  def json
    text = Internal::ResponseParser.utf8(body)
    text.strip.empty? ? nil : JSON.parse(text)
  end

  # What the typed call returns for this response: a model, {} for no body, a
  # RedirectResult for a 3xx; raises the status's error for anything else.
  def parsed
    Internal::ResponseParser.parse(@operation, @http_response, @request, @now)
  end

  def inspect
    "#<#{self.class.name} #{@operation.operation_id} #{status}>"
  end
end
