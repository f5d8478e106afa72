# frozen_string_literal: true

# Public: every error the SDK raises, and the one map from HTTP status to class.
#
#   Error
#   ├── InvalidArgumentError            refused before sending
#   ├── APIConnectionError              no response (connect, reset, TLS, ...)
#   │   └── APITimeoutError
#   ├── APIStatusError                  a non-2xx, non-3xx response
#   │   ├── ClientError                 any other 4xx
#   │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
#   │   │   ├── NotFoundError 404, ConflictError 409, PreconditionFailedError 412,
#   │   │   └── UnprocessableEntityError 422, PreconditionRequiredError 428, RateLimitError 429
#   │   └── ServerError                 any other 5xx
#   │       └── InternalServerError 500
#   ├── ClientClosedError               a call on a closed client
#   ├── ResponseDecodeError             a 2xx whose body is not what it says
#   └── WaiterTimeoutError              a waiter ran out of time

# Base of every error this SDK raises.
class Error < StandardError
end

# An argument was refused before anything was sent (e.g. an empty path parameter).
class InvalidArgumentError < Error
end

# The client was closed (BaseClient#close) before this call.
class ClientClosedError < Error
end

# No response arrived: the connection failed or broke (retried before it is raised).
class APIConnectionError < Error
  # @return [String, nil] the operationId of the call
  attr_reader :operation_id
  # @return [String, nil] the HTTP method
  attr_reader :http_method
  # @return [String, nil] the URL of the last attempt
  attr_reader :url
  # @return [Integer] how many attempts were made
  attr_reader :attempts

  def initialize(message = nil, operation_id: nil, http_method: nil, url: nil, attempts: 1)
    @operation_id = operation_id
    @http_method = http_method
    @url = url
    @attempts = attempts
    super(describe(message || self.class.name))
  end

  private

  def describe(text)
    where = [@http_method, Internal::Text.path_of(@url)].compact.join(" ")
    prefix = @operation_id ? "#{@operation_id}: " : ""
    tries = @attempts > 1 ? " (after #{@attempts} attempts)" : ""
    where.empty? ? "#{prefix}#{text}#{tries}" : "#{prefix}#{where}: #{text}#{tries}"
  end
end

# The request timed out (retried before it is raised).
class APITimeoutError < APIConnectionError
end

# The server answered with an error status.
#
# {#code}, {#server_message} and {#retry_after} come from the error body
# (`{"statusCode", "code", "message", "retryAfter"}`); {#retry_after} falls back to
# the Retry-After header. {#body} is the decoded JSON body, or the raw text when it
# is not JSON (nil when empty). {#message} is the whole story in one line.
class APIStatusError < Error
  # @return [Integer] the HTTP status
  attr_reader :status
  # @return [String, nil] the error code of the body (e.g. "rate_limited")
  attr_reader :code
  # @return [String, nil] the message of the body, as the server wrote it
  attr_reader :server_message
  # @return [Float, nil] seconds the server asked to wait before trying again
  attr_reader :retry_after
  # @return [Object, nil] the decoded error body (a model, a Hash, or text)
  attr_reader :body
  # @return [Hash{String => String}] response headers, names in lower case
  attr_reader :headers
  # @return [String, nil] the operationId of the call
  attr_reader :operation_id
  # @return [String, nil] the HTTP method
  attr_reader :http_method
  # @return [String, nil] the URL requested
  attr_reader :url
  # @return [RawResponse, nil] the response as it came
  attr_reader :response

  def initialize(status:, code: nil, server_message: nil, retry_after: nil, body: nil, headers: {},
                 operation_id: nil, http_method: nil, url: nil, response: nil)
    @status = status
    @code = code
    @server_message = server_message
    @retry_after = retry_after
    @body = body
    @headers = headers
    @operation_id = operation_id
    @http_method = http_method
    @url = url
    @response = response
    super(describe)
  end

  # The one status → class map: the exact status, then the class of status, then this class.
  #
  # @param status [Integer]
  # @return [Class<APIStatusError>]
  def self.class_for_status(status) # rubocop:disable Metrics/CyclomaticComplexity
    case status
    when 400 then BadRequestError
    when 401 then AuthenticationError
    when 403 then PermissionDeniedError
    when 404 then NotFoundError
    when 409 then ConflictError
    when 412 then PreconditionFailedError
    when 422 then UnprocessableEntityError
    when 428 then PreconditionRequiredError
    when 429 then RateLimitError
    when 500 then InternalServerError
    when 400..499 then ClientError
    when 500..599 then ServerError
    else APIStatusError
    end
  end

  # @return [String, nil] the X-Request-ID response header, when present
  def request_id
    @headers["x-request-id"]
  end

  private

  def describe
    parts = []
    parts << "#{@operation_id}:" if @operation_id
    where = [@http_method, Internal::Text.path_of(@url)].compact.join(" ")
    parts << where << "returned" unless where.empty?
    parts << @status.to_s
    parts << @code if @code
    text = parts.join(" ")
    text += ": #{@server_message}" if @server_message
    text += " (retry after #{Internal::Text.seconds(@retry_after)}s)" if @retry_after
    text += " [request id #{request_id}]" if request_id
    text
  end
end

# A 4xx; the catch-all for 4xx statuses without their own class.
class ClientError < APIStatusError
end

# 400
class BadRequestError < ClientError
end

# 401
class AuthenticationError < ClientError
end

# 403
class PermissionDeniedError < ClientError
end

# 404
class NotFoundError < ClientError
end

# 409
class ConflictError < ClientError
end

# 412
class PreconditionFailedError < ClientError
end

# 422
class UnprocessableEntityError < ClientError
end

# 428
class PreconditionRequiredError < ClientError
end

# 429
class RateLimitError < ClientError
end

# A 5xx; rescue this for every server failure. Raised as is for 5xx other than 500.
class ServerError < APIStatusError
end

# 500
class InternalServerError < ServerError
end

# A 2xx response whose body could not be read as its content type says (e.g. bad JSON).
class ResponseDecodeError < Error
  # @return [Integer] the HTTP status
  attr_reader :status
  # @return [String] the body as it came
  attr_reader :text
  # @return [String, nil] the operationId of the call
  attr_reader :operation_id

  def initialize(message, status:, text:, operation_id: nil)
    @status = status
    @text = text
    @operation_id = operation_id
    super(operation_id ? "#{operation_id}: #{message}" : message)
  end
end

# A waiter ran out of time before the resource reached a terminal state.
class WaiterTimeoutError < Error
  # @return [Object] the last object seen (decoded)
  attr_reader :last
  # @return [Object] the value of the watched field in {#last}
  attr_reader :value
  # @return [String, nil] the operationId that was polled
  attr_reader :operation_id
  # @return [Float] the timeout, in seconds
  attr_reader :timeout

  def initialize(message, last:, value: nil, operation_id: nil, timeout: nil)
    @last = last
    @value = value
    @operation_id = operation_id
    @timeout = timeout
    super(message)
  end
end
