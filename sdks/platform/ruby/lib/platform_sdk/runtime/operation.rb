# frozen_string_literal: true

# Public: how generated code describes an operation to the runtime. The generated
# OPERATIONS hash holds one Operation per operationId; the runtime reads nothing else
# about the API.

# One parameter. `name` is the wire name; `style`/`explode` as in OpenAPI.
# Path parameters are given in `path_params:`; query, header and cookie parameters in
# `query:` (header ones also in `headers:`), and are sent where `location` says.
Param = Struct.new(:name, :location, :required, :style, :explode, keyword_init: true) do
  def initialize(name:, location:, required: false, style: nil, explode: nil)
    style ||= %w[path header].include?(location) ? "simple" : "form"
    explode = style == "form" if explode.nil?
    super
    freeze
  end
end

# How a list operation pages, as data: one pager (Internal::Pager) reads it for every style.
# Paths are arrays of wire names from the page's root (["metadata", "continue"]; an empty
# `items` path: the page is the list).
#
# - style "offset": `param` += the items on the page; "page": `param` += 1 (1-based); "cursor":
#   `param` = the token at `next_path`; "starting_after": `param` = the key `next_path` (the id) of the
#   page's last item; "next_url": GET the URL at `next_path` (relative to the page's URL);
#   "link_header": GET the response's Link rel="next". A next URL is followed on the base URL's
#   origin only (else InvalidArgumentError, before sending), with the client's credentials.
# - `size_param` is the page-size query parameter; `total` and `has_more` the paths of the
#   page's count of all items and of its "more to fetch" flag.
# - `stop` lists the rules that end the iteration: "empty", "short" (fewer items than
#   `size_param` asked for), "total", "token" (the next token or id absent, empty or unchanged),
#   "has_more" (the flag is false).
Pagination = Struct.new(
  :style, :items, :param, :size_param, :next_path, :total, :has_more, :stop, keyword_init: true
) do
  def initialize(**)
    super
    freeze
  end
end

# What the tail reads when its operation declares no pagination: a `cursor` and `next_cursor`.
TAIL_CURSOR = Pagination.new(style: "cursor", items: ["items"], param: "cursor", next_path: ["next_cursor"])

# Poll this (GET) operation until `field` (a wire name) is one of `terminal`.
Waiter = Struct.new(:name, :field, :terminal, keyword_init: true) do
  def initialize(**)
    super
    freeze
  end
end

# Follow new items: send `param=value` (e.g. direction=forward), then the previous
# page's next cursor, forever. Reads the operation's cursor Pagination.
Tail = Struct.new(:name, :param, :value, keyword_init: true) do
  def initialize(**)
    super
    freeze
  end
end

# One way the API accepts credentials, as the spec's securitySchemes declare it:
#
# - http: `scheme` "bearer" (the client's `token`) or "basic" (`username` and `password`).
# - apiKey: the client's `api_key` goes in `location` (header, query or cookie) as `parameter_name`.
# - oauth2, openIdConnect: an access token as a bearer token; with `client_id` and `client_secret`
#   the client gets one from `token_url` (the client credentials grant).
# - mutualTLS: nothing is sent; give the transport a client certificate (NetHTTPTransport ssl:).
#
# A scheme with a `signature` (a RequestSignature) is one the client signs itself: with the client's
# `signing_key_id` and `signing_secret`, every attempt of an operation that accepts it carries the
# signature headers (see RequestSigner); nothing is sent as `parameter_name` then.
SecurityScheme = Struct.new(:name, :kind, :scheme, :location, :parameter_name, :token_url, :signature,
                            keyword_init: true) do
  def initialize(name:, kind:, scheme: "", location: "", parameter_name: "", token_url: "", signature: nil)
    super
    freeze
  end
end

# How a request is signed (a security scheme's `x-sdkgen-signature`): the HMAC (`algorithm`, keyed
# with the secret) of the `canonical` parts joined by `separator`, sent in `encoding` (hex or base64)
# as `signature_header`, beside the key id, the timestamp (Unix seconds) and the nonce (the hex of
# `nonce_bytes` random bytes) in their headers. The parts: "method" (upper case), "target" (the path
# and query as sent), "timestamp", "nonce", "bodySha256" (the lower-case hex SHA-256 of the body
# bytes, of nothing without a body). See RequestSigner.
RequestSignature = Struct.new(
  :algorithm, :key_id_header, :timestamp_header, :nonce_header, :signature_header, :canonical, :separator,
  :encoding, :nonce_bytes, keyword_init: true
) do
  def initialize(key_id_header:, timestamp_header:, nonce_header:, signature_header:, algorithm: "hmac-sha256",
                 canonical: %w[method target timestamp nonce bodySha256], separator: "\n", encoding: "hex",
                 nonce_bytes: 16)
    super(algorithm:, key_id_header:, timestamp_header:, nonce_header:, signature_header:,
          canonical: canonical.map { |part| part.to_s.freeze }.freeze, separator: separator.to_s.freeze,
          encoding:, nonce_bytes:)
    freeze
  end
end

# One argument of an operation's resource method (`client.deployments.list(app_id, limit: 20)`):
# `name` is the Ruby name (the positional parameter, or the keyword), `wire` the name sent (nil
# for the whole body), `location` where it goes (path, query, header, cookie; "field": one field
# of the JSON body; "body": the whole body), `type` the type the value must have (see
# Internal::Serde). Path arguments come first, in path order, as the method's positional
# parameters; the others are keywords. See Internal::Arguments.
Argument = Struct.new(:name, :wire, :location, :type, :required, keyword_init: true) do
  def initialize(name:, location:, wire: nil, type: :any, required: false)
    super
    freeze
  end
end

# A header naming the tenant a call is about (`x-sdkgen-tenant`): the client's `option` (e.g.
# :tenant_id, else the environment variable <PREFIX>_<env>) fills `header` on the operations
# that are `tenant_scoped`, unless the call gives its own value; it is sent nowhere else and is
# never required.
TenantHeader = Struct.new(:header, :option, :env, keyword_init: true) do
  def initialize(header:, option: :tenant_id, env: "")
    super(header: header.to_s.freeze, option: option.to_sym, env: env.to_s.freeze)
    freeze
  end
end

# What an operation does to the client's session (`x-sdkgen-session`, see Internal::Session):
# `role` "login" (its answer opens a session), "refresh" (the runtime sends it itself, with the
# refresh token in the body field `request_field`, to rotate the pair) or "logout" (its answer ends
# the session; the refresh token fills `request_field` when the call gives none). The paths (wire
# names from the answer's root) find the access token, the refresh token and the seconds until the
# access token expires.
SessionRole = Struct.new(:role, :access_token, :refresh_token, :expires_in, :request_field, keyword_init: true) do
  def initialize(role:, access_token: [], refresh_token: [], expires_in: [], request_field: "")
    super(role: role.to_s.freeze, access_token: access_token.map(&:to_s).freeze,
          refresh_token: refresh_token.map(&:to_s).freeze, expires_in: expires_in.map(&:to_s).freeze,
          request_field: request_field.to_s.freeze)
    freeze
  end
end

# How a broken event stream is resumed (`x-sdkgen-resume`, see Internal::StreamResumption): the
# header that carries the last event id, the reconnects allowed in a row without an event, and the
# milliseconds to wait before each when the server sent no `retry`.
Resume = Struct.new(:header, :max_reconnects, :retry_ms, keyword_init: true) do
  def initialize(header: "Last-Event-ID", max_reconnects: 5, retry_ms: 1000)
    super(header: header.to_s.freeze, max_reconnects:, retry_ms:)
    freeze
  end
end

# One operation of the API, keyed by its operationId.
#
# `responses` maps a status ("200"), a status class ("2XX") or "default" to the type
# of the body (see Internal::Serde), or to nil for no body; :event_stream marks a
# `text/event-stream` body (see BaseClient#stream). `request_content_type` is the body's
# media type (nil: the operation takes no body). `security` lists the SecuritySchemes the
# operation accepts ([]: it takes no credentials); nil means the API declares none, and the
# client's `token` is then sent as a bearer token. `arguments` are those of its resource method.
# `host` names the host it is sent to (a key of the client's `hosts`, e.g. "agent"); nil: the
# client's base_url. `tenant_scoped`: the client's tenant (see TenantHeader) is sent with it.
# `session`: its SessionRole, if any; `resume`: its Resume (an event stream), if any.
Operation = Struct.new(
  :operation_id, :http_method, :path, :params, :request_content_type, :body_required, :responses,
  :pagination, :waiter, :tail, :security, :arguments, :host, :tenant_scoped, :session,
  :resume, keyword_init: true
) do
  def initialize(operation_id:, http_method:, path:, params: [], request_content_type: nil, body_required: false,
                 responses: {}, pagination: nil, waiter: nil, tail: nil, security: nil, arguments: [], host: nil,
                 tenant_scoped: false, session: nil, resume: nil)
    super(operation_id: operation_id.freeze, http_method: http_method.upcase.freeze, path: path.freeze,
          params: params.freeze, request_content_type:, body_required:,
          responses: responses.freeze, pagination:, waiter:, tail:, security: security&.freeze,
          arguments: arguments.freeze, host: host.nil? || host.empty? ? nil : host.to_s.freeze,
          tenant_scoped: tenant_scoped ? true : false, session:, resume:)
    @streams = self.responses.any? { |status, type| status.match?(/\A[23]/) && type == :event_stream }
    freeze
  end

  # Does a success response stream server-sent events? (Worked out once: every resource call asks.)
  def streams?
    @streams
  end

  # @return [Array<Param>] the parameters at `location` (path, query, header, cookie)
  def params_in(location)
    params.select { |param| param.location == location }
  end

  def inspect
    "#<#{self.class.name} #{operation_id} #{http_method} #{path}>"
  end
end
