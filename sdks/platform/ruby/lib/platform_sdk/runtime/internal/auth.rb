# frozen_string_literal: true

module Internal
  # Internal: the credentials a client holds. Frozen; #inspect names which ones it holds,
  # never their values.
  class Credentials
    KEYS = [
      :token, :username, :password, :api_key, :client_id, :client_secret, :token_url, :scopes, :signing_key_id,
      :signing_secret
    ].freeze
    # The keys whose change needs a new OAuth2 token.
    OAUTH_KEYS = [:client_id, :client_secret, :token_url, :scopes].freeze

    attr_reader(*KEYS)

    def initialize(token: nil, username: nil, password: nil, api_key: nil, client_id: nil, client_secret: nil,
                   token_url: nil, scopes: nil, signing_key_id: nil, signing_secret: nil)
      raise InvalidArgumentError, "username and password go together: give both or neither" \
        if username.nil? != password.nil?
      raise InvalidArgumentError, "client_id and client_secret go together: give both or neither" \
        if client_id.nil? != client_secret.nil?

      signing(signing_key_id, signing_secret)

      @token = token
      @username = username&.to_s
      @password = password&.to_s
      @api_key = api_key&.to_s
      @client_id = client_id&.to_s
      @client_secret = client_secret&.to_s
      @token_url = token_url&.to_s
      @scopes = Array(scopes).map(&:to_s).freeze
      @signing_key_id = signing_key_id&.to_s
      @signing_secret = signing_secret&.to_s
      @callable_token = token.respond_to?(:call)
      freeze
    end

    # Does the client hold a signing key (id and secret) for the schemes it signs itself?
    def signing?
      !@signing_key_id.nil?
    end

    # Is the token a callable, asked on every call (so that nothing built from it can be kept)?
    def callable_token?
      @callable_token
    end

    # A copy with some credentials changed (keys of KEYS).
    def merge(changes)
      Credentials.new(**KEYS.to_h { |key| [key, changes.fetch(key) { public_send(key) }] })
    end

    # The bearer token now (a callable token is called each time); nil when there is none.
    def bearer
      value = @token.respond_to?(:call) ? @token.call : @token
      value.to_s.empty? ? nil : value.to_s
    end

    def client_credentials?
      !@client_id.nil?
    end

    # Was any credential given (`token: ""` counts: it asks on purpose for no credentials)?
    def given?
      !(@token.nil? && @username.nil? && @api_key.nil? && @client_id.nil? && @signing_key_id.nil?)
    end

    def inspect
      held = KEYS.reject { |key| [nil, []].include?(public_send(key)) }
      "#<#{self.class.name} holding #{held.empty? ? "nothing" : held.join(", ")}>"
    end
    alias to_s inspect

    private

    def signing(key_id, secret)
      raise InvalidArgumentError, "signing_key_id and signing_secret go together: give both or neither" \
        if key_id.nil? != secret.nil?
      return if key_id.nil?
      raise InvalidArgumentError, "signing_key_id must not be empty" if key_id.to_s.strip.empty?
      raise InvalidArgumentError, "signing_secret must not be empty" if secret.to_s.empty?
    end
  end

  # Internal: which credentials go on one request, from the schemes its operation accepts.
  module Auth
    # What one request carries. `token_url`: an OAuth2 token from there goes in Authorization
    # (fetched per attempt, see TokenSource). Secret names are redacted wherever a request is shown.
    # `signature`: the RequestSignature every attempt is signed with (the client holds the key).
    Authorization = Struct.new(:headers, :query, :cookies, :secret_headers, :secret_query, :token_url,
                               :signature) do
      # Frozen with everything it holds, so that every call of a client can share it.
      def deep_freeze
        [headers, cookies, secret_headers, secret_query].each(&:freeze)
        query.each(&:freeze).freeze
        freeze
      end
    end

    module_function

    # Every credential the client holds that one of `security` accepts; when several would set
    # Authorization, the first scheme the operation lists wins. `security` nil (the API declares
    # no schemes) sends the token as a bearer token, as every SDK of this generator always did.
    #
    # @param security [Array<SecurityScheme>, nil]
    # @param credentials [Credentials]
    # @param base_url [String] what a relative token URL is resolved against
    # @return [Authorization]
    def authorize(security, credentials, base_url)
      # headers, query, cookies, secret_headers, secret_query (positional: this runs on every call)
      result = Authorization.new({}, [], [], [], [])
      if security.nil?
        bearer(result, credentials)
        return result
      end
      security.each do |scheme|
        if scheme.signature
          sign(result, scheme.signature) if credentials.signing? && result.signature.nil?
        elsif scheme.kind == "apiKey"
          api_key(result, scheme, credentials.api_key) unless credentials.api_key.nil? || scheme.parameter_name.empty?
        elsif !result.headers.key?("Authorization") && result.token_url.nil?
          authorization(result, scheme, credentials, base_url)
        end
      end
      result
    end

    # The attempts are signed (see RequestSigner); the signature header is never shown.
    def sign(result, signature)
      result.signature = signature
      result.secret_headers << signature.signature_header
    end

    # "Basic base64(user:password)".
    def basic(user, password)
      "Basic #{["#{user}:#{password}"].pack("m0")}"
    end

    def bearer(result, credentials)
      token = credentials.bearer
      result.headers["Authorization"] = "Bearer #{token}" if token
    end

    def api_key(result, scheme, key)
      name = scheme.parameter_name
      case scheme.location
      when "query"
        result.query << [name, key]
        result.secret_query << name
      when "cookie" then result.cookies << "#{name}=#{key}"
      else
        result.headers[name] = key
        result.secret_headers << name
      end
    end

    def authorization(result, scheme, credentials, base_url)
      case scheme.kind
      when "http"
        if scheme.scheme.casecmp?("basic")
          result.headers["Authorization"] = basic(credentials.username, credentials.password) if credentials.username
        elsif scheme.scheme.casecmp?("bearer")
          bearer(result, credentials)
        end
      when "oauth2", "openIdConnect"
        if credentials.client_credentials? && scheme.kind == "oauth2"
          result.token_url = token_url(scheme, credentials, base_url)
        else
          bearer(result, credentials) # an access token the caller got elsewhere
        end
      end
    end

    def token_url(scheme, credentials, base_url)
      url = credentials.token_url || scheme.token_url
      if url.to_s.empty?
        raise InvalidArgumentError, "security scheme #{scheme.name.inspect} names no token URL: pass token_url:"
      end

      URI.join("#{base_url}/", url).to_s
    end
  end

  # Internal: what a client sends with every call of a list of security schemes: the credentials
  # (an Auth::Authorization) and the headers every such call starts from (Accept, User-Agent, the
  # client's headers, the credentials', X-Tenant-ID). Worked out once per list and Accept value,
  # frozen and shared by the calls, unless the token is a callable (asked on every call).
  class FixedParts
    # Lists of schemes kept (past this, the parts are worked out per call).
    MAX_KEPT = 256

    def initialize(credentials, base_url, user_agent, headers, tenant_id)
      @credentials = credentials
      @base_url = base_url
      @user_agent = user_agent
      @headers = headers
      @tenant_id = tenant_id
      @kept = {}.compare_by_identity
    end

    # @return [Array] the Authorization and the headers (a Hash; frozen when kept)
    def get(security, accept)
      return build(security, accept) if @credentials.callable_token?

      by_accept = @kept[security] || (@kept.size < MAX_KEPT ? (@kept[security] = {}) : {})
      by_accept[accept] ||= build(security, accept, share: true)
    end

    def inspect
      "#<#{self.class.name} #{@kept.size} kept>"
    end

    private

    def build(security, accept, share: false)
      auth = Auth.authorize(security, @credentials, @base_url)
      headers = Headers.merge({ "Accept" => accept, "User-Agent" => @user_agent }, @headers)
      auth.headers.each { |name, value| Headers.put(headers, name, value) }
      Headers.put(headers, TENANT_HEADER, @tenant_id) unless @tenant_id.to_s.empty?
      share ? [auth.deep_freeze, headers.freeze].freeze : [auth, headers]
    end
  end

  # Internal: an OAuth2 client credentials token from one token URL, cached until EXPIRY_MARGIN
  # seconds before it expires. A Mutex is held around each fetch: concurrent calls wait for one
  # fetch and share its token.
  class TokenSource
    # Refresh this many seconds before the token endpoint says the token expires.
    EXPIRY_MARGIN = 30.0

    # @return [String]
    attr_reader :url

    # @param url [String] the token endpoint
    # @param credentials [Credentials] client_id, client_secret and scopes
    # @param clock [#call] monotonic seconds
    def initialize(url, credentials, clock)
      @url = url
      @credentials = credentials
      @clock = clock
      @lock = Mutex.new
      @token = nil
      @expires_at = nil
    end

    # The cached token while it is fresh, else a new one; `deliver` sends the token request
    # (an HTTPRequest) and returns its HTTPResponse.
    def token(operation_id, deliver)
      @lock.synchronize do
        @token = nil if @token && @expires_at && @clock.call >= @expires_at
        @token ||= fetch(operation_id, deliver)
      end
    end

    # A new token after the API refused `rejected`, unless another call already got one.
    def refresh(rejected, operation_id, deliver)
      @lock.synchronize do
        @token = nil if @token == rejected
        @token ||= fetch(operation_id, deliver)
      end
    end

    def inspect
      "#<#{self.class.name} #{@url}>"
    end

    private

    def fetch(operation_id, deliver)
      started = @clock.call
      response = begin
        deliver.call(token_request(operation_id))
      rescue APIConnectionError, *NetHTTPTransport::TIMEOUT_ERRORS, *NetHTTPTransport::CONNECTION_ERRORS => e
        raise failed_connection(e, operation_id)
      end
      accept(response, started, operation_id)
    end

    # POST grant_type=client_credentials (and the scopes), the client authenticated with HTTP
    # Basic of its form-encoded id and secret (RFC 6749, section 2.3.1).
    def token_request(operation_id)
      form = [%w[grant_type client_credentials]]
      form << ["scope", @credentials.scopes.join(" ")] unless @credentials.scopes.empty?
      id, secret = [@credentials.client_id, @credentials.client_secret].map do |part|
        URI.encode_www_form_component(part)
      end
      HTTPRequest.new(
        http_method: "POST", url: @url, body: URI.encode_www_form(form), operation_id:,
        headers: { "Authorization" => Auth.basic(id, secret), "Accept" => "application/json",
                   "Content-Type" => "application/x-www-form-urlencoded" }
      )
    end

    def accept(response, started, operation_id)
      fields = token_fields(response)
      token = fields["access_token"]
      raise failed_answer(response, fields, operation_id) \
        unless (200..299).cover?(response.status) && token.is_a?(String) && !token.empty?

      expires_in = Float(fields["expires_in"], exception: false)
      @expires_at = expires_in ? started + expires_in - EXPIRY_MARGIN : nil
      token
    end

    def token_fields(response)
      body = JSON.parse(ResponseParser.utf8(response.body))
      body.is_a?(Hash) ? body : {}
    rescue JSON::ParserError
      {}
    end

    # The answer may hold a token: it stays out of the error (no body).
    def failed_answer(response, fields, operation_id)
      error = fields["error"]
      reason = fields["error_description"] || error
      reason ||= (200..299).cover?(response.status) ? "the answer has no access_token" : "status #{response.status}"
      AuthenticationError.new(
        status: response.status, code: error&.to_s, server_message: "the token request failed: #{reason}",
        headers: response.headers, operation_id:, http_method: "POST", url: @url
      )
    end

    def failed_connection(error, operation_id)
      timed_out = error.is_a?(APITimeoutError) || error.is_a?(Timeout::Error)
      text = error.is_a?(APIConnectionError) ? error.message : "#{error.class.name}: #{error.message}"
      (timed_out ? APITimeoutError : APIConnectionError).new(
        "the token request failed (#{text})", operation_id:, http_method: "POST", url: @url
      )
    end
  end

  # Internal: a client's TokenSources, one per token URL; its with_options copies share them.
  class TokenSources
    def initialize
      @lock = Mutex.new
      @sources = {}
    end

    # @return [TokenSource]
    def source(url, credentials, clock)
      @lock.synchronize { @sources[url] ||= TokenSource.new(url, credentials, clock) }
    end

    def inspect
      "#<#{self.class.name} #{@sources.keys.join(", ")}>"
    end
  end
end
