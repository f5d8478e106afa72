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

  # @return [String, nil] the X-Request-ID response header, when present
  def request_id
    @http_response.headers["x-request-id"]
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
  # RedirectResult for a 3xx; raises the status's error for anything else. For a list
  # method's response, the page as the API sent it (the decoded page model).
  def parsed
    Internal::ResponseParser.parse(@operation, @http_response, @request, @now)
  end

  def inspect
    "#<#{self.class.name} #{@operation.operation_id} #{status}>"
  end
end

module Internal
  # Internal: what `resource.with_raw_response` binds its resource to, in place of the client: each
  # method sends its request as the client would (the same checks, retries and credentials) and
  # returns the RawResponse, whatever its status, instead of the decoded value.
  class RawInvoker
    # @param client [BaseClient]
    def initialize(client)
      @client = client
      freeze
    end

    # @return [RawInvoker] itself (already raw)
    def raw
      self
    end

    # A resource method's request; for a list method, its first page's response.
    #
    # @return [RawResponse]
    def invoke(operation, values, params)
      operation = @client.send(:resolve_operation, operation)
      refuse(operation, "streams server-sent events") if operation.streams?
      path_params, query, headers, body, options = Arguments.split(operation, values, params).to_a
      @client.raw_request(operation, path_params:, query:, body:, headers:, options:)
    end

    # An operationId method's request.
    #
    # @return [RawResponse]
    def call(operation, path_params: nil, query: nil, body: nil, headers: nil, options: nil)
      @client.raw_request(operation, path_params:, query:, body:, headers:, options:)
    end

    # The helpers (every item, waiters, tails, streams) have no raw form.
    [:paginate, :wait, :tail, :stream].each do |helper|
      define_method(helper) do |operation, **|
        refuse(@client.send(:resolve_operation, operation), "is a #{helper} helper")
      end
    end

    def inspect
      "#<#{self.class.name} #{@client.inspect}>"
    end

    private

    def refuse(operation, why)
      raise InvalidArgumentError, "#{operation.operation_id} #{why}: it has no raw-response form; " \
                                  "call it on the resource itself"
    end
  end
end
