# frozen_string_literal: true

module Internal
  # Internal: the class methods of every client (BaseClient extends it): building one, and a
  # RequestSigner for the API's signed scheme.
  module ClientClass
    # @return [TenantHeader, nil] the header naming the tenant of tenant-scoped operations (nil: the
    #   API declares none, and `tenant_id` is sent as X-Tenant-ID with every call)
    attr_reader :tenant
    # @return [WebhookSignature, nil] how the API signs its webhook deliveries (nil: it declares nothing)
    attr_reader :webhooks

    # A RequestSigner for the API's signed security scheme (the first with a signature, or the one
    # named `scheme`), to sign requests by hand.
    #
    # @param key_id [String]
    # @param secret [String]
    # @param scheme [String, nil] the security scheme's name
    # @param clock [#call, nil] Unix seconds (for tests)
    # @param nonce [#call, nil] a nonce per signature (for tests)
    # @return [RequestSigner]
    # @raise [InvalidArgumentError] when the API signs nothing (or has no scheme `scheme`)
    def request_signer(key_id:, secret:, scheme: nil, clock: nil, nonce: nil)
      RequestSigner.new(key_id:, secret:, signature: RequestSigner.scheme_of(self, scheme), clock:, nonce:)
    end

    # A WebhookVerifier for the deliveries the API signs (.webhooks), with the webhook's secret (or
    # the old and the new one during a rotation).
    #
    # @param secrets [String, Array<String>]
    # @return [WebhookVerifier]
    # @raise [InvalidArgumentError] when the API signs no webhooks, or for a bad secret
    def webhook_verifier(*secrets)
      raise InvalidArgumentError, "#{name}: the API declares no webhook signature" unless webhooks

      WebhookVerifier.new(webhooks, secrets.flatten)
    end

    # A client; the API's tenant option (.tenant) is taken under its declared name as well as `tenant_id`.
    def new(**settings)
      super(**Internal::Config.tenant_option(tenant, settings))
    end

    # A client for the duration of the block, closed after it; without a block, the client.
    def open(**settings)
      client = new(**settings)
      return client unless block_given?

      begin
        yield client
      ensure
        client.close
      end
    end
  end
end

# Public: what every generated client is. Configuration, credentials, the one retry loop,
# and the helpers over raw operations: calls by operationId, pagination, waiters, the tail
# and server-sent event streams.
#
# Generated clients subclass it, declare their API with {.sdk}, and create their
# resources in #init_resources (called again for every {#with_options} copy).
class BaseClient
  include Internal::Invoker
  include Internal::SessionCalls
  include Internal::StreamResumption
  extend Internal::ClientClass

  # What one attempt's exchange tells the retry loop: whether a stream was handed on.
  Attempt = Struct.new(:streaming)
  private_constant :Attempt

  # The settings {#with_options} can change.
  # (and the base URL of each host the API declares, as `<key>_base_url`; see .host_options)
  OPTION_KEYS = [
    :base_url, :token, :username, :password, :api_key, :client_id, :client_secret, :token_url, :scopes, :tenant_id,
    :signing_key_id, :signing_secret, :timeout, :open_timeout, :max_retries, :headers, :signer, :logger, :on_request,
    :on_response
  ].freeze

  JSON_ACCEPT = "application/json"
  # What #perform's attempt gives for a transport failure it may retry (it has waited).
  RETRY = Object.new.freeze
  private_constant :JSON_ACCEPT, :RETRY

  class << self
    # @return [String] the SDK's name, as the User-Agent shows it
    attr_reader :sdk_name
    # @return [String] the SDK's version
    attr_reader :sdk_version
    # @return [String, nil] the server used when no base_url is given
    attr_reader :default_base_url
    # @return [Hash{String => Operation}] every operation, by operationId
    attr_reader :operations
    # @return [String, nil] the prefix of the environment variables the client reads (<PREFIX>_TOKEN, ...)
    attr_reader :env_prefix
    # @return [Hash{String => String}] the default base URL of each host some operations go to
    #   (Operation#host), beside the base_url of the others
    attr_reader :hosts
    # @return [Hash{Symbol => String}] the option naming each host's base URL (:agent_base_url => "agent")
    attr_reader :host_options

    # Declare the API a generated client talks to (once, in its class body).
    def sdk(name:, version:, base_url:, operations:, env_prefix: nil, hosts: {}, tenant: nil, webhooks: nil)
      @sdk_name = name
      @sdk_version = version
      @default_base_url = base_url
      @operations = operations
      @env_prefix = env_prefix
      @hosts = hosts.to_h { |key, url| [key.to_s.freeze, url.to_s.freeze] }.freeze
      @host_options = @hosts.keys.to_h { |key| [:"#{key}_base_url", key] }.freeze
      @tenant = tenant
      @webhooks = webhooks
    end
  end

  # @return [String]
  attr_reader :base_url
  # @return [Float] seconds to read (and write) each attempt
  attr_reader :timeout
  # @return [Float] seconds to open the connection of each attempt
  attr_reader :open_timeout
  # @return [Integer] retries after the first attempt
  attr_reader :max_retries
  # @return [String]
  attr_reader :user_agent

  # Credentials are sent per operation, as the schemes it accepts say (see SecurityScheme);
  # when the API declares no scheme, `token` goes on every request as a bearer token.
  #
  # Settings not given are read from the environment, with the prefix the SDK declares
  # (`env_prefix`): <PREFIX>_BASE_URL, <PREFIX>_TOKEN, and <PREFIX>_LOG ("debug": every request
  # and response on standard error, secrets redacted; "off"). An argument given always wins.
  # Every setting is checked here: a bad one raises InvalidArgumentError now, not at the first call;
  # so does a client without credentials when every operation requires some (`token: ""` builds
  # one that sends none, on purpose).
  #
  # @param base_url [String, nil] the server (absolute http or https, with a host); else
  #   <PREFIX>_BASE_URL, else the spec's first server
  # @param token [String, #call, nil] bearer token (user JWT or API token), or a callable giving one;
  #   else <PREFIX>_TOKEN
  # @param username [String, nil] for HTTP Basic (with `password`)
  # @param password [String, nil]
  # @param api_key [String, nil] sent for every API key scheme (header, query or cookie)
  # @param client_id [String, nil] OAuth2 client credentials (with `client_secret`): the client
  #   fetches an access token, caches it and refreshes it before it expires or after a 401
  # @param client_secret [String, nil]
  # @param token_url [String, nil] the token endpoint, instead of the one the spec names
  # @param scopes [Array<String>, nil] the scopes to ask the token endpoint for
  # @param tenant_id [String, nil] the tenant: when the API declares a tenant header (.tenant), sent in it
  #   with the tenant-scoped operations only, unless a call gives its own (else <PREFIX>_<its env suffix>);
  #   when it declares none, sent as X-Tenant-ID with every call. Never required.
  # @param access_token [String, nil] an open session's access token (an API with sessions: see
  #   Internal::Session); a login call's answer fills it too, and a refresh replaces it
  # @param refresh_token [String, nil] that session's refresh token, traded for a new pair (rotation)
  # @param session_store [#load, #save, nil] where the session's tokens live between clients: `load`
  #   returns a Hash (access_token:, refresh_token:, expires_at: epoch seconds) or nil, before the
  #   first call; `save` gets that Hash (nil when the session ended) after every change
  # @param signing_key_id [String, nil] with `signing_secret`: every operation whose security scheme has a
  #   signature is signed (see RequestSigner) on every attempt; else <PREFIX>_SIGNING_KEY_ID
  # @param signing_secret [String, nil] the secret that signs (never shown); else <PREFIX>_SIGNING_SECRET
  # @param host_base_urls [Hash{String => String}, nil] the base URL of each of the API's hosts (.hosts), by key;
  #   else <PREFIX>_<KEY>_BASE_URL, else the spec's (a generated client takes them as `<key>_base_url:`)
  # @param timeout [Numeric] seconds to read (and write) each attempt
  # @param open_timeout [Numeric] seconds to open the connection of each attempt
  # @param max_retries [Integer] retries after the first attempt (0: never retry)
  # @param headers [Hash{String => String}] sent with every request
  # @param signer [#call, nil] called with every attempt's HTTPRequest, after the auth headers
  # @param transport [#call, nil] sends an HTTPRequest, returns an HTTPResponse (default NetHTTPTransport)
  # @param logger [Logger, nil] gets one debug line per request and response, secrets redacted
  # @param on_request [#call, nil] sees every attempt's HTTPRequest, secrets redacted
  # @param on_response [#call, nil] sees every HTTPResponse (and its request), secrets redacted
  # @param clock [#call, nil] monotonic seconds (for tests)
  # @param wall_clock [#call, nil] epoch seconds, for Retry-After dates (for tests)
  # @param sleeper [#call, nil] sleeps the given seconds (for tests)
  # @param jitter [#call, nil] a number in [0, 1) (for tests)
  # @param environment [#[]] where <PREFIX>_... are read (default ENV; for tests)
  # @raise [InvalidArgumentError] for a bad setting
  # rubocop:disable Metrics/AbcSize, Metrics/MethodLength
  def initialize(base_url: nil, token: nil, username: nil, password: nil, api_key: nil, client_id: nil,
                 client_secret: nil, token_url: nil, scopes: nil, tenant_id: nil, access_token: nil,
                 refresh_token: nil, session_store: nil, signing_key_id: nil, signing_secret: nil,
                 host_base_urls: nil, timeout: Internal::DEFAULT_TIMEOUT,
                 open_timeout: Internal::DEFAULT_OPEN_TIMEOUT, max_retries: Internal::DEFAULT_MAX_RETRIES,
                 headers: {}, signer: nil, transport: nil, logger: nil, on_request: nil, on_response: nil,
                 clock: nil, wall_clock: nil, sleeper: nil, jitter: nil, environment: ENV)
    prefix = self.class.env_prefix
    self.base_url = base_url || Internal::Config.read(environment, prefix, "BASE_URL") || self.class.default_base_url
    @hosts = Internal::Hosts.build(self.class.name, self.class.hosts || {}, host_base_urls, environment, prefix)
    self.max_retries = max_retries
    self.timeout = timeout
    self.open_timeout = open_timeout
    @credentials = Internal::Config.credentials(self.class, environment, token:, username:, password:, api_key:,
                                                                         client_id:, client_secret:, token_url:,
                                                                         scopes:, signing_key_id:, signing_secret:)
    @token_sources = Internal::TokenSources.new
    @tenant_id = tenant_id || Internal::Config.tenant(self.class.tenant, environment, prefix)
    @headers = Internal::Config.headers(headers)
    @signer = Internal::Config.callable(:signer, signer)
    @owns_transport = transport.nil?
    @transport = Internal::Config.callable(:transport, transport) || NetHTTPTransport.new
    @logger = Internal::Config.logger(logger) || Internal::Config.env_logger(environment, prefix)
    @on_request = Internal::Config.callable(:on_request, on_request)
    @on_response = Internal::Config.callable(:on_response, on_response)
    @clock = clock || -> { Process.clock_gettime(Process::CLOCK_MONOTONIC) }
    @wall_clock = wall_clock || -> { Time.now.to_f }
    @session = Internal::Session.build(self.class, @wall_clock, access_token:, refresh_token:, store: session_store)
    @sleeper = sleeper || ->(seconds) { Kernel.sleep(seconds) }
    @jitter = jitter || -> { Kernel.rand }
    @user_agent = "#{self.class.sdk_name}/#{self.class.sdk_version} ruby/#{RUBY_VERSION}"
    @closed = false
    init_resources
  end
  # rubocop:enable Metrics/AbcSize, Metrics/MethodLength

  # @return [Hash{String => Operation}] every operation, by operationId
  def operations
    self.class.operations
  end

  # The base URL of the operations sent to host `key` (see .hosts); nil: #base_url.
  #
  # @param key [String, nil]
  # @return [String]
  # @raise [InvalidArgumentError] for a host the API does not declare
  def host_base_url(key)
    key.nil? ? @base_url : @hosts.of(key)[0]
  end

  # A copy with some settings changed (any of OPTION_KEYS), sharing this client's
  # transport (and its OAuth2 tokens, unless the client credentials change). `headers` are
  # added over the current ones.
  #
  # @return [BaseClient]
  def with_options(**changes)
    changes = Internal::Config.tenant_option(self.class.tenant, changes)
    known = OPTION_KEYS + (self.class.host_options || {}).keys
    unknown = changes.keys - known
    raise InvalidArgumentError, "unknown option(s) #{unknown.join(", ")}; known: #{known.join(", ")}" \
      unless unknown.empty?

    copy = dup
    copy.send(:apply_options, changes)
    copy
  end

  # Close the transport's connections, if this client created the transport. A closed client
  # refuses every call with ClientClosedError (copies made before by #with_options keep working
  # while their own transport does).
  def close
    @closed = true
    @transport.close if @owns_transport && @transport.respond_to?(:close)
    nil
  end

  # @return [Boolean] whether #close was called
  def closed?
    @closed
  end

  # Send one operation by its operationId, with retries, and decode the result.
  #
  # @param operation_id [String] e.g. "deployGetApiV1AppsByAppIDDeployments"
  # @param path_params [Hash, nil] path parameters by wire name
  # @param query [Hash, nil] query parameters by wire name (header parameters are routed too)
  # @param body [Model, Hash, Object, nil] the request body, wire keys unchanged
  # @param headers [Hash, nil] header parameters and extra headers
  # @param options [RequestOptions, Hash, nil] per-call timeout, max_retries, headers, ...
  # @return [Object] the decoded result: a model, {} for no body, a RedirectResult for a 3xx
  # @raise [APIStatusError] for a non-2xx, non-3xx status (its subclass for the status)
  # @raise [APIConnectionError] when no response arrived after the retries
  # @raise [InvalidArgumentError] for an unknown operationId or bad arguments, before sending
  def request(operation_id, path_params: nil, query: nil, body: nil, headers: nil, options: nil)
    call(resolve_operation(operation_id), path_params:, query:, body:, headers:, options:)
  end

  # @api private
  # Like {#request}, with an Operation (what generated resources use).
  def call(operation, path_params: nil, query: nil, body: nil, headers: nil, options: nil)
    operation = resolve_operation(operation)
    body = @session.logout_body(operation, body) if @session && operation.session
    prepared = prepare(operation, path_params:, query:, body:, headers:, options: RequestOptions.coerce(options))
    response, request = perform(prepared)
    result = Internal::ResponseParser.parse(operation, response, request, @wall_clock) # the clock: for an error
    @session.absorb(operation, JSON.parse(response.body)) if @session && operation.session
    result
  end

  # Like {#request} (with retries), but the response as it came, whatever its status.
  #
  # @return [RawResponse]
  def raw_request(operation_id, path_params: nil, query: nil, body: nil, headers: nil, options: nil)
    operation = resolve_operation(operation_id)
    prepared = prepare(operation, path_params:, query:, body:, headers:, options: RequestOptions.coerce(options))
    response, request = perform(prepared)
    RawResponse.new(response, operation, request:, now: @wall_clock.call)
  end

  # Send an operation that answers with server-sent events (`text/event-stream`) and yield
  # each event as it arrives; without a block, an Enumerator that sends the request each
  # time it is iterated (`each`, `first(3)`, `take_while`, ...). Leaving early (`break`, an
  # error) closes the connection. Retries apply until the response starts, never after; an
  # error status raises its APIStatusError before any event. `timeout` bounds each attempt
  # until the response headers arrive, never the open stream: a quiet spell between events,
  # however long, does not break it. Prefer the block form (or `each`) to external iteration
  # (`next`), which keeps the connection open until the Enumerator is garbage.
  #
  # @yieldparam event [ServerSentEvent]
  # @return [Enumerator<ServerSentEvent>, nil] the events (without a block), else nil at the end
  # @raise [APIStatusError] for an error status before the stream
  # @raise [APIConnectionError] when no response arrives (after the retries) or the stream breaks
  def stream(operation_id, path_params: nil, query: nil, body: nil, headers: nil, options: nil, &block)
    operation = resolve_operation(operation_id)
    prepared = prepare(operation, path_params:, query:, body:, headers:, options: RequestOptions.coerce(options),
                                  accept: Internal::EVENT_STREAM)
    events = Enumerator.new { |yielder| follow_events(prepared) { |event| yielder << event } }
    return events unless block

    events.each(&block)
    nil
  end

  # Every item of a paginated operation, fetching pages as the Enumerator is consumed.
  #
  # @return [Enumerator]
  def paginate(operation_id, path_params: nil, query: nil, headers: nil, options: nil)
    operation = resolve_operation(operation_id)
    pagination = operation.pagination
    raise InvalidArgumentError, "#{operation.operation_id} is not paginated" unless pagination

    first = Internal::RequestBuilder.stringify_keys(query, operation.operation_id, "query")
    Enumerator.new do |yielder|
      current = first
      url = nil
      seen = 0
      while current
        page, response, sent = fetch_page(operation, path_params:, query: current, headers:, options:, url:)
        items = Internal::Pager.items(page, pagination)
        items.each { |item| yielder << item }
        current, url = Internal::Pager.next_page(pagination, current, page, items, seen += items.length,
                                                 url: sent, link: response.headers["link"])
      end
    end
  end

  # Poll an operation with a waiter until its field is terminal; return that last result. Bounded by
  # `timeout` (seconds), and by `max_polls` and `stop` (called with each result that is not
  # terminal: true gives up) when given; all checked before the first request.
  #
  # @param timeout [Numeric] seconds before giving up
  # @param interval [Numeric] seconds between polls
  # @param max_polls [Integer, nil] give up after this many polls
  # @param stop [#call, nil] called with each result that is not terminal; true gives up
  # @raise [WaiterTimeoutError] (with #last, and why in its message) when a bound ends the wait
  def wait(operation_id, path_params: nil, query: nil, headers: nil, timeout: Internal::DEFAULT_WAIT_TIMEOUT,
           interval: Internal::DEFAULT_WAIT_INTERVAL, max_polls: nil, stop: nil, options: nil)
    operation = resolve_operation(operation_id)
    waiter = operation.waiter
    raise InvalidArgumentError, "#{operation.operation_id} has no waiter" unless waiter

    bounds = Internal::WaitBounds.new(@clock, timeout:, interval:, max_polls:, stop:)
    loop do
      current = call(operation, path_params:, query:, headers:, options:)
      state = Internal::Failures.state_of(Internal::Serde.wire_get(current, waiter.field))
      return current if waiter.terminal.include?(state)

      why = bounds.give_up(current)
      raise Internal::Failures.waiter_timeout(operation, current, state, bounds.timeout, why) if why

      @sleeper.call(bounds.pause)
    end
  end

  # Follow new items (polls again at once while pages come back full or say has_more, else every
  # `interval` seconds, passing on the previous page's cursor) until one of the bounds ends it:
  # `stop` returns true, `max_polls` polls, `max_items` items, `timeout` seconds, or the consumer stops.
  #
  # @return [Enumerator]
  def tail(operation_id, path_params: nil, query: nil, headers: nil, interval: Internal::DEFAULT_TAIL_INTERVAL,
           stop: nil, max_polls: nil, max_items: nil, timeout: nil, options: nil)
    operation = resolve_operation(operation_id)
    raise InvalidArgumentError, "#{operation.operation_id} cannot be tailed" unless operation.tail

    first = Internal::RequestBuilder.stringify_keys(query, operation.operation_id, "query")
                                    .merge(operation.tail.param => operation.tail.value)
    Enumerator.new do |yielder|
      bounds = Internal::TailBounds.new(@clock, stop:, max_polls:, max_items:, timeout:)
      follow(operation, path_params:, query: first, headers:, options:, interval:, bounds:) do |item|
        yielder << item
        break if bounds.counted_out?
      end
    end
  end

  def inspect
    "#<#{self.class.name} #{@base_url}>"
  end

  private

  # Hook for generated clients: create the resource objects, bound to self.
  def init_resources; end

  def base_url=(url)
    @base_url = Internal::Config.base_url(self.class.name, url)
    @plain_base = Internal::PlainURL.base?(@base_url)
  end

  def max_retries=(value)
    @max_retries = Internal::Config.retries(value)
  end

  def timeout=(value)
    @timeout = Internal::Config.seconds(:timeout, value)
  end

  def open_timeout=(value)
    @open_timeout = Internal::Config.seconds(:open_timeout, value)
  end

  def apply_options(changes)
    @owns_transport = false
    @raw = nil # bound to the copy, not to this client
    @fixed_parts = nil # the copy's credentials and headers are worked out again
    change_hosts(changes)
    credentials = changes.slice(*Internal::Credentials::KEYS)
    unless credentials.empty?
      @credentials = @credentials.merge(credentials)
      @token_sources = Internal::TokenSources.new if credentials.keys.intersect?(Internal::Credentials::OAUTH_KEYS)
    end
    changes.except(*Internal::Credentials::KEYS, *self.class.host_options&.keys).each do |name, value|
      case name
      when :base_url, :max_retries, :timeout, :open_timeout then send(:"#{name}=", value)
      when :headers then @headers = @headers.merge(Internal::Config.headers(value))
      when :signer, :on_request, :on_response
        instance_variable_set(:"@#{name}", Internal::Config.callable(name, value))
      when :logger then @logger = Internal::Config.logger(value)
      else instance_variable_set(:"@#{name}", value)
      end
    end
    init_resources
  end

  # The base URLs of the hosts that `changes` names (as `<key>_base_url`).
  def change_hosts(changes)
    hosts = (self.class.host_options || {}).filter_map { |option, key| [key, changes[option]] if changes.key?(option) }
    @hosts = @hosts.merge(hosts.to_h)
  end

  def resolve_operation(operation)
    return operation if operation.is_a?(Operation)

    found = operations[operation.to_s]
    return found if found

    raise InvalidArgumentError,
          "unknown operationId #{operation.to_s.inspect}#{Internal::Text.suggestion(operation.to_s, operations.keys)}"
  end

  def prepare(operation, path_params:, query:, body:, headers:, options:, accept: JSON_ACCEPT)
    raise ClientClosedError, "#{self.class.name} is closed: make a new client for more calls" if @closed

    path = Internal::RequestBuilder.render_path(operation, path_params)
    routed = Internal::RequestBuilder.route(operation, query, headers, options.extra_query)
    content, content_type = Internal::BodyEncoder.encode_body(operation, body)
    auth, fixed_headers = fixed_parts.get(operation.security, accept)
    request_headers = call_headers(fixed_headers, auth, routed, options, content_type)
    max_retries = options.max_retries || @max_retries
    request_headers = add_idempotency_key(request_headers, operation, options, max_retries).freeze
    http_method = operation.http_method
    Internal::Prepared.new( # in the order of its members
      operation, http_method, url_of(operation, path, routed.query, auth.query), request_headers, content,
      *Internal::Config.timeouts(options, @timeout, @open_timeout),
      max_retries, Internal::RetryPolicy.retryable_request?(http_method, request_headers),
      auth.secret_headers, auth.secret_query, auth.token_url, plain_url?(operation), auth.signature
    ).freeze
  end

  # Whether the URLs of an operation's calls are plain (see Internal::PlainURL).
  def plain_url?(operation)
    host = operation.host
    Internal::PlainURL.url?(operation, host ? @hosts.of(host)[1] : @plain_base)
  end

  # The URL of a call (frozen: see HTTPRequest#plain_url?), on the operation's host (else base_url);
  # an API key in the query only when the caller did not give that parameter.
  def url_of(operation, path, query, credentials)
    base = operation.host ? @hosts.of(operation.host, operation.operation_id)[0] : @base_url
    pairs = credentials.empty? ? query : query + credentials.reject { |name, _| query.any? { |key, _| key == name } }
    (pairs.empty? ? base + path : Internal::QueryString.append(base + path, pairs)).freeze
  end

  # The credentials and headers kept for this client's calls (made again by #apply_options).
  def fixed_parts
    tenant = self.class.tenant ? nil : @tenant_id # a declared tenant header: on tenant-scoped calls only
    @fixed_parts ||= Internal::FixedParts.new(@credentials, @base_url, @user_agent, @headers, tenant)
  end

  # The fixed headers with the call's own over them (a copy only when the call has some).
  def call_headers(fixed, auth, routed, options, content_type)
    cookies = !(routed.cookies.empty? && auth.cookies.empty?)
    return fixed if routed.headers.empty? && !cookies && options.headers.empty? && content_type.nil?

    headers = fixed.dup
    Internal::Headers.merge(headers, routed.headers)
    Internal::Headers.add_cookies(headers, routed.cookies, auth.cookies) if cookies
    Internal::Headers.merge(headers, options.headers)
    Internal::Headers.put(headers, "Content-Type", content_type) if content_type
    headers
  end

  # One Idempotency-Key per call, kept on every retry of it, and the tenant of a tenant-scoped call
  # (see Internal::Headers.add_tenant). Returns the headers (a copy when it adds to frozen ones).
  def add_idempotency_key(headers, operation, options, max_retries)
    key = options.idempotency_key
    if key.nil? && Internal::AUTO_IDEMPOTENCY_METHODS.include?(operation.http_method) && max_retries.positive? &&
       !Internal::Headers.key?(headers, Internal::IDEMPOTENCY_HEADER)
      key = SecureRandom.uuid
    end
    headers = Internal::Headers.add_tenant(headers, self.class.tenant, operation, @tenant_id)
    return headers unless key

    Internal::Headers.put(headers.frozen? ? headers.dup : headers, Internal::IDEMPOTENCY_HEADER, key)
  end

  # Send with retries: transport errors and retryable statuses, for requests that may be
  # repeated, up to max_retries times, waiting in between; and once more with a new OAuth2
  # token after a 401. `exchange` makes one attempt and returns its response, or nil when it
  # handed a stream on (nothing is retried after that); nil: #exchange. Returns [response, request].
  def perform(prepared, exchange = nil)
    retries = 0
    refreshed = false
    loop do
      request = HTTPRequest.attempt(prepared)
      token = oauth_token(prepared, request) || session_token(prepared, request)
      sign(prepared, request) if prepared.signature
      @signer&.call(request)
      show_request(request, retries + 1) if @logger || @on_request # redacting costs; only when shown
      response = attempt(prepared, request, exchange, retries)
      next retries += 1 if response.equal?(RETRY) # a transport failure, waited for
      return [response, request] if response.nil?

      if !refreshed && renew_rejected_token(prepared, token, response)
        refreshed = true
        next
      end
      return [response, request] unless Internal::RetryPolicy.retryable_status?(response.status) &&
                                        retry?(prepared, retries)

      @sleeper.call(Internal::RetryPolicy.retry_delay(retries, retry_after(response), @jitter.call))
      retries += 1
    end
  end

  # Sign one attempt with the client's signing key: a fresh timestamp and nonce every time.
  def sign(prepared, request)
    RequestSigner.attempt(@credentials, prepared.signature, @wall_clock, request)
  end

  # After a 401 to a request that carried an OAuth2 token or the session's: a new token (true), else false.
  def renew_rejected_token(prepared, token, response)
    return false unless token && response.status == 401
    return @session.renew(token, method(:session_refresh)) unless prepared.token_url

    token_source(prepared).refresh(token, prepared.operation.operation_id, method(:deliver_token_request))
    true
  end

  # One plain attempt.
  def exchange(request)
    response = @transport.call(request)
    show_response(response, request) if @logger || @on_response
    response
  end

  # One attempt of a stream: an error status is read whole (for the retry loop), a 2xx is
  # parsed into events as it arrives, each given to `consumer`.
  def stream_exchange(request, attempt, consumer)
    deliver = @transport.respond_to?(:stream) ? @transport.method(:stream) : method(:whole_stream)
    deliver.call(request) do |head, body|
      unless (200..299).cover?(head.status)
        text = +""
        body.each { |chunk| text << chunk }
        response = HTTPResponse.new(status: head.status, headers: head.headers, body: text)
        show_response(response, request)
        next response
      end
      show_response(head, request)
      attempt.streaming = true
      parser = Internal::EventParser.new
      body.each { |chunk| parser.feed(chunk, &consumer) }
      parser.finish(&consumer)
      nil
    end
  end

  # A transport without #stream: the events come from the whole body.
  def whole_stream(request)
    response = @transport.call(request)
    yield HTTPResponse.new(status: response.status, headers: response.headers), [response.body]
  end

  # The events of a prepared stream, given to the block.
  def follow_stream(prepared, &consumer)
    exchange = ->(request, attempt) { stream_exchange(request, attempt, consumer) }
    response, request = perform(prepared, exchange)
    return if response.nil?

    raise Internal::ResponseParser.status_error(prepared.operation, response, request, @wall_clock.call)
  end

  def retry?(prepared, retries)
    prepared.retryable && retries < prepared.max_retries
  end

  def retry_after(response)
    Internal::RetryPolicy.parse_retry_after(response.headers, @wall_clock.call) ||
      Internal::ResponseParser.error_details(response).retry_after
  end

  # Send one attempt: its response (nil when a stream was handed on), or RETRY after a transport
  # failure that may be retried, once the backoff has passed.
  def attempt(prepared, request, exchange, retries)
    attempt = exchange && Attempt.new(false) # only a stream needs one
    exchange ? exchange.call(request, attempt) : exchange(request)
  rescue APIConnectionError, *NetHTTPTransport::TIMEOUT_ERRORS, *NetHTTPTransport::CONNECTION_ERRORS => e
    raise if attempt&.streaming
    raise Internal::Failures.transport_error(prepared, e, retries + 1) unless retry?(prepared, retries)

    @sleeper.call(Internal::RetryPolicy.backoff_delay(retries, @jitter.call))
    RETRY
  end

  # The OAuth2 token of the call's scheme, put on the attempt's request; nil when it carries none.
  def oauth_token(prepared, request)
    return nil unless prepared.token_url && !Internal::Headers.key?(request.headers, "Authorization")

    token = token_source(prepared).token(prepared.operation.operation_id, method(:deliver_token_request))
    request["Authorization"] = "Bearer #{token}"
    token
  end

  def token_source(prepared)
    @token_sources.source(prepared.token_url, @credentials, @clock)
  end

  # The token request goes through the transport, and past the logger as one redacted line.
  def deliver_token_request(request)
    response = @transport.call(request)
    @logger&.debug { "#{self.class.sdk_name}: token request POST #{request.url} returned #{response.status}" }
    response
  end

  def show_request(request, attempt)
    shown = request.redacted
    @logger&.debug do
      "#{self.class.sdk_name}: request #{shown.http_method} #{shown.url} (attempt #{attempt}) headers=#{shown.headers}"
    end
    @on_request&.call(shown)
  end

  def show_response(response, request)
    return unless @logger || @on_response

    shown = request.redacted
    @logger&.debug do
      "#{self.class.sdk_name}: response #{response.status} #{shown.http_method} #{shown.url} " \
        "headers=#{response.redacted.headers}"
    end
    @on_response&.call(response.redacted, shown)
  end

  # One page: [the decoded page, the response, the URL it came from]; at `url` (a next-page URL
  # the API gave) instead of the operation's own when given.
  def fetch_page(operation, path_params:, query:, headers:, options:, url:)
    prepared = prepare(operation, path_params:, query:, body: nil, headers:, options: RequestOptions.coerce(options))
    prepared = Internal::Pager.follow(prepared, url, host_base_url(operation.host)) if url
    response, request = perform(prepared)
    [Internal::ResponseParser.parse(operation, response, request, @wall_clock), response, url || prepared.url]
  end

  # The tail's loop; yields every item of every poll, until `bounds` say it is over.
  def follow(operation, path_params:, query:, headers:, options:, interval:, bounds:, &block)
    paging = operation.pagination || TAIL_CURSOR
    limit = paging.size_param && Internal::Pager.int(query[paging.size_param])
    until bounds.finished?
      page = call(operation, path_params:, query:, headers:, options:)
      bounds.polled
      items = Internal::Pager.items(page, paging)
      items.each(&block)
      query = Internal::Pager.tail_query(paging, query, page)
      @sleeper.call(bounds.wait(interval)) unless Internal::Pager.full?(page, paging, items, limit) || bounds.finished?
    end
  end
end
