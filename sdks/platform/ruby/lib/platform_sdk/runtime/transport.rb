# frozen_string_literal: true

# Public: one attempt of a request, as a transport sends it. A signer receives it after
# the auth headers are set and may change its headers (or anything else).
class HTTPRequest
  # @return [String] upper case (GET, POST, ...)
  attr_accessor :http_method
  # @return [String] the absolute URL, query included
  attr_accessor :url
  # @return [Hash{String => String}] the headers (use {#[]=} to set one whatever its case)
  attr_accessor :headers
  # @return [String, nil] the encoded body
  attr_accessor :body
  # @return [Float] seconds to open the connection
  attr_accessor :open_timeout
  # @return [Float] seconds to read (and write)
  attr_accessor :timeout
  # @return [String, nil] the operationId the request belongs to
  attr_reader :operation_id
  # @return [Array<String>] more headers whose values are never shown (API keys)
  attr_reader :secret_headers
  # @return [Array<String>] query parameters whose values are never shown (API keys)
  attr_reader :secret_query

  NONE = [].freeze
  private_constant :NONE

  def initialize(http_method:, url:, headers:, body: nil, open_timeout: Internal::DEFAULT_OPEN_TIMEOUT,
                 timeout: Internal::DEFAULT_TIMEOUT, operation_id: nil, secret_headers: [], secret_query: [])
    @http_method = http_method
    @url = url
    @headers = headers
    @body = body
    @open_timeout = open_timeout
    @timeout = timeout
    @operation_id = operation_id
    @secret_headers = secret_headers.empty? ? NONE : secret_headers.map(&:to_s).freeze
    @secret_query = secret_query.empty? ? NONE : secret_query.map(&:to_s).freeze
    @plain_url = nil
  end

  # @api private
  # One attempt of a prepared call (Internal::Prepared), with its own copy of the headers: what
  # #initialize gives, without the Hash that keywords through `new` cost.
  def self.attempt(prepared)
    request = allocate
    request.__send__(:assign_attempt, prepared)
    request
  end

  private

  def assign_attempt(prepared)
    @http_method = prepared.http_method
    @url = prepared.url
    @headers = prepared.headers.dup
    @body = prepared.body
    @open_timeout = prepared.open_timeout
    @timeout = prepared.timeout
    @operation_id = prepared.operation.operation_id
    @secret_headers = prepared.secret_headers.empty? ? NONE : prepared.secret_headers.map(&:to_s).freeze
    @secret_query = prepared.secret_query.empty? ? NONE : prepared.secret_query.map(&:to_s).freeze
    @plain_url = prepared.plain_url ? prepared.url : nil # frozen: only replacing #url changes it
  end

  public

  # @api private
  # Whether #url is still the one the client built from escaped parts: a plain request target
  # the transport need not check again. Replacing it (a signer may) makes this false.
  def plain_url?
    !@plain_url.nil? && @url.equal?(@plain_url)
  end

  # The value of header `name`, whatever its case.
  def [](name)
    Internal::Headers.get(@headers, name)
  end

  # Set header `name`, replacing it whatever its case.
  def []=(name, value)
    Internal::Headers.put(@headers, name, value)
  end

  # A copy whose secrets (headers, API keys in the query) are redacted: what the logger, the
  # debug hooks and errors see.
  def redacted
    copy = dup
    copy.headers = Internal::Headers.redact(@headers, @secret_headers)
    copy.url = Internal::Text.redact_query(@url, @secret_query)
    copy.freeze
  end

  def inspect
    "#<#{self.class.name} #{@http_method} #{@url}>"
  end
end

# Public: a response as a transport returns it.
class HTTPResponse
  # @return [Integer]
  attr_reader :status
  # @return [Hash{String => String}] header names in lower case
  attr_reader :headers
  # @return [String] the body as it came (binary)
  attr_reader :body

  def initialize(status:, headers: {}, body: "")
    @status = Integer(status)
    @headers = headers.to_h { |name, value| [name.to_s.downcase, value.to_s] }.freeze
    @body = body || ""
    freeze
  end

  # @api private
  # A response from a Net::HTTPResponse, whose header names Net::HTTP already keeps in lower
  # case: its own copy of them, a header's values joined as #each_header joins them (a header
  # sent once keeps its String).
  def self.from_net(response, body = "")
    headers = response.to_hash.transform_values! { |values| values.length == 1 ? values[0] : values.join(", ") }
    built = allocate
    built.__send__(:assign, Integer(response.code), headers.freeze, body || "")
    built
  end

  private

  def assign(status, headers, body)
    @status = status
    @headers = headers
    @body = body
    freeze
  end

  public

  # The value of header `name`, whatever its case.
  def [](name)
    @headers[name.to_s.downcase]
  end

  # A copy whose secret headers are redacted.
  def redacted
    HTTPResponse.new(status: @status, headers: Internal::Headers.redact(@headers), body: @body)
  end

  def inspect
    "#<#{self.class.name} #{@status}>"
  end
end

# Public: the default transport, on Net::HTTP, with a pool of kept-alive connections per
# origin. Replace it with any object that has `call(HTTPRequest) -> HTTPResponse` and
# raises APIConnectionError (or APITimeoutError) when no response arrives. A transport that
# also has #stream (see below) delivers server-sent events as they arrive; without it, a
# stream's events are read from the whole body #call returns.
#
#   AxHub::NetHTTPTransport.new(proxy: "http://proxy.internal:3128",
#                               ssl: { ca_file: "/etc/ssl/corp.pem" },
#                               configure: ->(http) { http.keep_alive_timeout = 30 })
class NetHTTPTransport
  # Methods whose request says Content-Length: 0 when it has no body.
  EMPTY_BODY_METHODS = %w[POST PUT PATCH].freeze
  TIMEOUT_ERRORS = [Timeout::Error].freeze
  CONNECTION_ERRORS = [
    SocketError, SystemCallError, IOError, EOFError, OpenSSL::SSL::SSLError, Net::HTTPBadResponse,
    Net::ProtocolError, Zlib::Error
  ].freeze

  # @param proxy [String, URI, nil, :ENV] a proxy URL, nil for none, :ENV for http_proxy & co.
  # @param ssl [Hash] Net::HTTP TLS settings by name (verify_mode, ca_file, cert, key, ...)
  # @param keep_alive [Boolean] reuse connections between requests
  # @param configure [#call, nil] called with each new Net::HTTP before it starts
  def initialize(proxy: :ENV, ssl: {}, keep_alive: true, configure: nil)
    @proxy = proxy == :ENV ? :ENV : (proxy && URI(proxy.to_s))
    @ssl = ssl
    @keep_alive = keep_alive
    @configure = configure
    @idle = Hash.new { |hash, key| hash[key] = [] }
    @lock = Mutex.new
  end

  # Send one request; never follows redirects.
  #
  # @param request [HTTPRequest]
  # @return [HTTPResponse]
  def call(request)
    target = Target.of(request.url, plain: request.plain_url?)
    http = checkout(target, request)
    begin
      response = http.request(net_request(target, request))
    rescue StandardError
      finish(http)
      raise
    end
    built = HTTPResponse.from_net(response, response.body)
    checkin(target, http, built)
    built
  rescue *TIMEOUT_ERRORS => e
    raise APITimeoutError, "request timed out (#{e.class.name}: #{e.message})"
  rescue *CONNECTION_ERRORS => e
    raise APIConnectionError, "connection failed (#{e.class.name}: #{e.message})"
  end

  # Send one request and yield its head (an HTTPResponse without body) and the body, read as
  # it arrives: `body.each { |chunk| }`. The connection is closed afterwards (never reused: the
  # block may leave before the end). Returns what the block returns. The request's timeout
  # bounds the wait for the head; a 2xx body is then read with no timeout (a stream may stay
  # quiet for as long as it likes), any other body with it. A failure while reading the body
  # raises APIConnectionError (APITimeoutError when an error body stalled).
  #
  # @param request [HTTPRequest]
  # @yieldparam head [HTTPResponse]
  # @yieldparam body [#each]
  def stream(request, &)
    failure = nil
    http = start(Target.of(request.url), request)
    begin
      exchange(http, request) do |head, body|
        return yield head, body
      rescue Exception => e # rubocop:disable Lint/RescueException
        failure = e # the block's own error, passed on as it is
        raise
      end
    ensure
      finish(http)
    end
  rescue *TIMEOUT_ERRORS => e
    raise if e.equal?(failure)

    raise APITimeoutError, "request timed out (#{e.class.name}: #{e.message})"
  rescue *CONNECTION_ERRORS => e
    raise if e.equal?(failure)

    raise APIConnectionError, "connection failed (#{e.class.name}: #{e.message})"
  end

  # The body of a streamed response, chunk by chunk as it is read. An error raised by the
  # block that reads it goes through untouched; only a failure to read becomes
  # APIConnectionError.
  class BodyReader
    def initialize(response, request)
      @response = response
      @request = request
    end

    def each(&block)
      failure = nil
      @response.read_body do |chunk|
        block.call(chunk)
      rescue Exception => e # rubocop:disable Lint/RescueException
        failure = e
        raise
      end
      self
    rescue *TIMEOUT_ERRORS, *CONNECTION_ERRORS => e
      raise if e.equal?(failure)

      raise broken(e)
    end

    private

    def broken(error)
      type = TIMEOUT_ERRORS.any? { |kind| error.is_a?(kind) } ? APITimeoutError : APIConnectionError
      request = @request.redacted
      type.new("the event stream broke (#{error.class.name}: #{error.message})",
               operation_id: request.operation_id, http_method: request.http_method, url: request.url)
    end
  end

  # Close every idle connection.
  def close
    connections = @lock.synchronize do
      all = @idle.values.flatten
      @idle.clear
      all
    end
    connections.each { |http| finish(http) }
    nil
  end

  private

  def exchange(http, request)
    http.read_timeout = request.timeout
    http.write_timeout = request.timeout
    http.request(net_request(Target.of(request.url), request)) do |response|
      head = HTTPResponse.from_net(response)
      # The timeout was for the head; an open stream is not bound by it. The connection is
      # finished after the stream, so nothing is left to restore.
      http.read_timeout = nil if (200..299).cover?(head.status)
      yield head, BodyReader.new(response, request)
    end
  end

  # The Net::HTTP request. Headers of String values go in as Net::HTTP::Get.new(path, headers)
  # takes them (one pass); any other value (a signer may set one) through #[]=, as it always did.
  def net_request(target, request)
    has_body = !request.body.nil?
    headers = request.headers
    strings = string_values?(headers)
    net = Net::HTTPGenericRequest.new(request.http_method, has_body, request.http_method != "HEAD",
                                      target.request_uri, strings ? headers : nil)
    headers.each { |name, value| net[name] = value } unless strings
    if has_body
      net.body = request.body
    elsif EMPTY_BODY_METHODS.include?(request.http_method)
      net["Content-Length"] = "0"
    end
    net
  end

  def string_values?(headers)
    headers.each_value { |value| return false unless value.is_a?(String) }
    true
  end

  def checkout(target, request)
    http = @lock.synchronize { @idle[target.origin].pop } if @keep_alive
    http ||= start(target, request)
    timeout = request.timeout
    http.read_timeout = timeout unless http.read_timeout == timeout # each setter also sets the socket's
    http.write_timeout = timeout unless http.write_timeout == timeout
    http
  end

  def checkin(target, http, response)
    connection = response.headers["connection"]
    if @keep_alive && (connection.nil? || !connection.casecmp?("close")) # casecmp? copies; most answers have none
      @lock.synchronize { @idle[target.origin] << http }
    else
      finish(http)
    end
  end

  def start(target, request)
    uri = target.uri
    http = new_http(uri)
    http.use_ssl = uri.scheme == "https"
    @ssl.each { |name, value| http.public_send(:"#{name}=", value) }
    http.open_timeout = request.open_timeout
    http.max_retries = 0 # retries are the client's decision, not Net::HTTP's
    @configure&.call(http)
    http.start
  end

  def new_http(uri)
    return Net::HTTP.new(uri.host, uri.port) if @proxy == :ENV
    return Net::HTTP.new(uri.host, uri.port, nil) if @proxy.nil?

    Net::HTTP.new(uri.host, uri.port, @proxy.host, @proxy.port, @proxy.user, @proxy.password)
  end

  def finish(http)
    http.finish if http.started?
  rescue IOError
    nil
  end

  # Where a request goes: its origin's parsed URI and the request target (path and query).
  # The origin is parsed once and kept (a client talks to few servers); a URL whose path or
  # query is not plain RFC 3986 text is parsed whole, as URI() always did. The origin of the
  # last URL is tried first, with no MatchData: a client sends nearly every call to one.
  class Target
    # scheme://authority, then a path and query of URI characters only.
    SPLIT = %r{\A([A-Za-z][A-Za-z0-9+.\-]*://[^/?#]+)([/?](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%\h\h)*)?\z}
    # The path and query part of SPLIT.
    PLAIN_REST = %r{\A[/?](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%\h\h)*\z}
    # The characters PLAIN_REST does not take (for String#count, which is quicker than the regex).
    NOT_PLAIN = "^A-Za-z0-9\\-._~!$&'()*+,;=:@/?%"
    # Past this many origins the cache stops growing (each new origin is then parsed per call).
    MAX_ORIGINS = 64
    @origins = {}
    @lock = Mutex.new
    @last = nil

    # `prefix`: the text of the URL before its path (what SPLIT reads as the origin); nil for a
    # URL parsed whole.
    attr_reader :uri, :origin, :request_uri, :prefix

    def initialize(uri, origin, request_uri, prefix = nil)
      @uri = uri
      @origin = origin
      @request_uri = request_uri
      @prefix = prefix
      freeze
    end

    class << self
      # `plain`: the caller knows the URL's path and query are plain (see
      # HTTPRequest#plain_url?), so they are not checked again.
      def of(url, plain: false)
        known = @last
        rest = known && after(url, known.prefix, plain)
        return with_rest(known, rest) if rest

        match = SPLIT.match(url)
        return parse(url) unless match

        known = origin_of(match[1])
        @last = known
        match[2] ? with_rest(known, match[2]) : known
      end

      private

      # What follows `prefix` in `url` when it is a plain path and query, as SPLIT reads them
      # ("" for nothing); nil when `url` does not start so.
      def after(url, prefix, plain)
        return nil unless url.start_with?(prefix)

        rest = url.byteslice(prefix.bytesize, url.bytesize - prefix.bytesize)
        return rest if rest.empty?

        checked = plain ? rest.start_with?("/", "?") : plain?(rest)
        checked ? rest : nil
      end

      def plain?(rest)
        return false unless rest.ascii_only? && rest.start_with?("/", "?") && rest.count(NOT_PLAIN).zero?

        !rest.include?("%") || PLAIN_REST.match?(rest) # each % starts an escape
      end

      def with_rest(known, rest)
        return known if rest.empty?

        new(known.uri, known.origin, rest.start_with?("/") ? rest : "/#{rest}", known.prefix)
      end

      def origin_of(prefix)
        known = @lock.synchronize { @origins[prefix] }
        return known if known

        known = parse(prefix, prefix)
        @lock.synchronize { @origins[prefix] = known if @origins.size < MAX_ORIGINS }
        known
      end

      def parse(url, prefix = nil)
        uri = URI(url)
        new(uri, "#{uri.scheme}://#{uri.host}:#{uri.port}", uri.request_uri, prefix)
      end
    end
  end
  private_constant :Target
end
