# frozen_string_literal: true

require_relative "test_helper"

# Security schemes applied per operation: HTTP basic and bearer, API keys in a header, the
# query or a cookie, nothing for an operation without security, and OAuth2 client
# credentials (one fetch shared, refreshed before expiry and after a 401, failures typed).
class AuthTest < SdkTest::TestCase
  SCHEMES = {
    bearer: AxHub::SecurityScheme.new(name: "bearer", kind: "http", scheme: "bearer"),
    basic: AxHub::SecurityScheme.new(name: "basic", kind: "http", scheme: "basic"),
    header: AxHub::SecurityScheme.new(name: "headerKey", kind: "apiKey", location: "header",
                                      parameter_name: "X-Key"),
    query: AxHub::SecurityScheme.new(name: "queryKey", kind: "apiKey", location: "query", parameter_name: "api_key"),
    cookie: AxHub::SecurityScheme.new(name: "cookieKey", kind: "apiKey", location: "cookie",
                                      parameter_name: "session_key"),
    oauth: AxHub::SecurityScheme.new(name: "oauth", kind: "oauth2", token_url: "/oauth/token")
  }.freeze
  ALL = { username: "ann", password: "pw", api_key: "k3y", token: "tok" }.freeze
  TOKEN_PATH = "/oauth/token"

  def operation(security, params: [])
    AxHub::Operation.new(operation_id: "probe", http_method: "GET", path: "/probe", params:,
                         responses: { "200" => :any }, security:)
  end

  def probe(on, security, **arguments)
    on.request(operation(security), **arguments)
    received.reject { |request| request.path == TOKEN_PATH }.last
  end

  # Every request the server received so far (the server hands each over once).
  def received
    (@received ||= []).concat(@server.received)
  end

  # The API answers 200 (or what `api` says for a request); the token endpoint hands out
  # tokens t1, t2, ... (or answers with `token`'s reply).
  def serve(token: nil, expires_in: 3600, &api)
    issued = 0
    @server.reply do |request|
      if request.path == TOKEN_PATH
        token || [200, {}, { "access_token" => "t#{issued += 1}", "token_type" => "bearer",
                             "expires_in" => expires_in }]
      else
        api ? api.call(request) : [200, {}, { "ok" => true }]
      end
    end
  end

  def oauth_client(**settings)
    client(token: nil, client_id: "app id", client_secret: "s3cret:/", **settings)
  end

  def token_requests
    received.select { |request| request.path == TOKEN_PATH }
  end

  def test_http_basic_sends_user_and_password
    serve
    sent = probe(client(**ALL), [SCHEMES[:basic]])
    assert_equal "Basic #{["ann:pw"].pack("m0")}", sent.header("authorization")
    assert_nil sent.header("x-key")
  end

  def test_bearer_sends_the_token_and_nothing_else
    serve
    sent = probe(client(**ALL), [SCHEMES[:bearer]])
    assert_equal "Bearer tok", sent.header("authorization")
    assert_nil sent.header("cookie")
    assert_empty sent.query
  end

  def test_an_api_key_goes_in_a_header_the_query_or_a_cookie
    serve
    on = client(api_key: "k3y", token: nil)
    assert_equal "k3y", probe(on, [SCHEMES[:header]]).header("x-key")
    assert_equal [%w[q 1], %w[api_key k3y]], probe(on, [SCHEMES[:query]], query: { q: 1 }).query
    session = AxHub::Param.new(name: "sid", location: "cookie")
    on.request(operation([SCHEMES[:cookie]], params: [session]), query: { sid: "7" })
    sent = received.last
    assert_equal "sid=7; session_key=k3y", sent.header("cookie")
    assert_nil sent.header("authorization")
  end

  def test_the_caller_s_own_query_parameter_wins_over_the_key
    serve
    assert_equal [%w[api_key mine]], probe(client(api_key: "k3y"), [SCHEMES[:query]], query: { api_key: "mine" }).query
  end

  def test_every_credential_an_operation_accepts_is_applied
    serve
    sent = probe(client(**ALL), [SCHEMES[:header], SCHEMES[:basic], SCHEMES[:bearer]])
    assert_equal ["k3y", "Basic #{["ann:pw"].pack("m0")}"], [sent.header("x-key"), sent.header("authorization")]
  end

  def test_an_operation_without_security_sends_no_credentials
    serve
    sent = probe(client(**ALL), [])
    assert_nil sent.header("authorization")
    assert_nil sent.header("x-key")
    assert_nil sent.header("cookie")
    assert_empty sent.query
  end

  def test_an_api_without_schemes_sends_the_token_as_a_bearer_token
    serve
    assert_equal "Bearer tok", probe(client(api_key: "k3y"), nil).header("authorization")
    assert_nil probe(client(token: ""), nil).header("authorization") # "": none, on purpose
  end

  def test_a_missing_credential_sends_nothing_for_its_scheme
    serve
    sent = probe(client(token: nil, api_key: "k3y"), [SCHEMES[:basic], SCHEMES[:bearer]])
    assert_nil sent.header("authorization")
  end

  def test_credentials_that_go_together_are_checked
    assert_raises(AxHub::InvalidArgumentError) { client(username: "ann") }
    assert_raises(AxHub::InvalidArgumentError) { client(client_id: "id") }
  end

  def test_keys_in_the_query_and_headers_are_redacted_in_errors
    serve { [404, {}, { "message" => "no such thing" }] }
    error = assert_raises(AxHub::NotFoundError) do
      client(api_key: "k3y").request(operation([SCHEMES[:query], SCHEMES[:header]]))
    end
    assert_equal %w[api_key k3y], received.last.query.first
    [error.message, error.url, error.response.request.url].each { |text| refute_includes text, "k3y" }
  end

  def test_keys_in_the_query_and_headers_are_redacted_in_hooks_and_logs
    serve
    log = StringIO.new
    seen = []
    on = client(api_key: "k3y", logger: Logger.new(log), on_request: ->(request) { seen << request })
    on.request(operation([SCHEMES[:query], SCHEMES[:header]]))
    refute_includes log.string, "k3y"
    assert_equal "[REDACTED]", seen.first.headers["X-Key"]
    assert seen.first.url.end_with?("?api_key=[REDACTED]"), seen.first.url
  end

  def test_client_credentials_token_is_fetched_once_and_reused
    serve
    on = oauth_client(scopes: %w[read write])
    3.times { assert_equal "Bearer t1", probe(on, [SCHEMES[:oauth]]).header("authorization") }
    assert_equal 1, token_requests.length
    fetch = token_requests.first
    assert_equal "POST", fetch.http_method
    assert_equal [%w[grant_type client_credentials], ["scope", "read write"]], URI.decode_www_form(fetch.body)
    assert_equal "application/x-www-form-urlencoded", fetch.header("content-type")
    assert_equal "application/json", fetch.header("accept")
    assert_equal "Basic #{["app+id:s3cret%3A%2F"].pack("m0")}", fetch.header("authorization")
  end

  def test_the_token_is_refreshed_when_it_is_about_to_expire
    serve(expires_in: 60)
    on = oauth_client
    probe(on, [SCHEMES[:oauth]])
    @clock.now += 29
    assert_equal "Bearer t1", probe(on, [SCHEMES[:oauth]]).header("authorization")
    @clock.now += 2 # 31 s: within the 30 s margin of the 60 s lifetime
    assert_equal "Bearer t2", probe(on, [SCHEMES[:oauth]]).header("authorization")
    assert_equal 2, token_requests.length
  end

  def test_a_401_gets_a_new_token_and_one_retry
    serve do |request|
      request.header("authorization") == "Bearer t1" ? [401, {}, { "code" => "expired" }] : [200, {}, {}]
    end
    on = oauth_client
    assert_equal({}, on.request(operation([SCHEMES[:oauth]])))
    calls = received.reject { |request| request.path == TOKEN_PATH }
    assert_equal(["Bearer t1", "Bearer t2"], calls.map { |request| request.header("authorization") })
    assert_equal 2, token_requests.length
  end

  def test_a_second_401_is_raised
    serve { [401, {}, { "code" => "denied" }] }
    error = assert_raises(AxHub::AuthenticationError) { oauth_client.request(operation([SCHEMES[:oauth]])) }
    assert_equal "denied", error.code
    assert_equal 2, token_requests.length
    assert_equal 4, received.length
  end

  def test_a_token_endpoint_error_is_an_authentication_error_without_secrets
    serve(token: [400, {}, { "error" => "invalid_client", "error_description" => "unknown client" }])
    error = assert_raises(AxHub::AuthenticationError) { oauth_client.request(operation([SCHEMES[:oauth]])) }
    assert_equal 400, error.status
    assert_equal "invalid_client", error.code
    assert_match(/the token request failed: unknown client/, error.message)
    assert_nil error.body
    refute_includes error.message, "s3cret"
    assert_equal 1, received.length
  end

  def test_a_token_answer_without_a_token_is_an_authentication_error
    serve(token: [200, {}, { "token_type" => "Bearer" }])
    error = assert_raises(AxHub::AuthenticationError) { oauth_client.request(operation([SCHEMES[:oauth]])) }
    assert_match(/the token request failed: the answer has no access_token/, error.message)
  end

  def test_an_unreachable_token_endpoint_is_a_connection_error
    error = assert_raises(AxHub::APIConnectionError) do
      oauth_client(token_url: "http://127.0.0.1:9/token").request(operation([SCHEMES[:oauth]]))
    end
    assert_match(/the token request failed/, error.message)
    assert_empty received
  end

  def test_a_token_url_is_needed
    scheme = AxHub::SecurityScheme.new(name: "cc", kind: "oauth2")
    error = assert_raises(AxHub::InvalidArgumentError) { oauth_client.request(operation([scheme])) }
    assert_match(/security scheme "cc" names no token URL/, error.message)
  end

  def test_concurrent_calls_share_one_fetch
    serve
    on = oauth_client
    threads = Array.new(4) { Thread.new { on.request(operation([SCHEMES[:oauth]])) } }
    threads.each(&:join)
    assert_equal 1, token_requests.length
    assert_equal 4, received.length - 1
  end

  def test_copies_share_tokens_until_the_client_credentials_change
    serve
    on = oauth_client
    probe(on, [SCHEMES[:oauth]])
    assert_equal "Bearer t1", probe(on.with_options(timeout: 5), [SCHEMES[:oauth]]).header("authorization")
    other = on.with_options(client_secret: "other")
    assert_equal "Bearer t2", probe(other, [SCHEMES[:oauth]]).header("authorization")
    assert_equal "Basic #{["app+id:other"].pack("m0")}", token_requests.last.header("authorization")
  end

  def test_an_access_token_from_elsewhere_goes_to_oauth2_operations
    serve
    assert_equal "Bearer tok", probe(client, [SCHEMES[:oauth]]).header("authorization")
    assert_empty token_requests
  end

  def test_secrets_never_show_in_inspect
    text = oauth_client(username: "ann", password: "pw", api_key: "k3y").instance_variable_get(:@credentials).inspect
    %w[s3cret pw k3y].each { |secret| refute_includes text, secret }
    assert_includes text, "client_secret"
  end
end
