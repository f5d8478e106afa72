# frozen_string_literal: true

require_relative "test_helper"

# Timeouts, auth, the signer, the User-Agent, debug output (redacted), the transport.
class TransportTest < SdkTest::TestCase
  OK = [200, {}, { "app_id" => "x", "applicable" => true, "healthy" => true, "services" => [] }].freeze

  def diagnosis(on = client, **options)
    on.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app, options:)
  end

  def slow_server(seconds)
    @server.reply do
      sleep(seconds)
      OK
    end
  end

  def test_a_per_call_timeout_raises_api_timeout_error
    slow_server(1.0)
    error = assert_raises(AxHub::APITimeoutError) { diagnosis(client(timeout: 30), timeout: 0.2) }
    assert_match(/request timed out/, error.message)
    assert_equal "deployGetApiV1AppsByAppIDDiagnosis", error.operation_id
  end

  def test_a_client_timeout_and_timeouts_are_retried
    slow_server(1.0)
    started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    assert_raises(AxHub::APITimeoutError) { diagnosis(client(timeout: 0.2, max_retries: 1)) }
    assert_operator Process.clock_gettime(Process::CLOCK_MONOTONIC) - started, :<, 0.9
    assert_equal [0.25], @clock.sleeps
  end

  def test_timeouts_reach_the_transport
    seen = []
    transport = lambda do |request|
      seen << [request.open_timeout, request.timeout]
      AxHub::HTTPResponse.new(status: 204)
    end
    quick = client(transport:, timeout: 7, open_timeout: 3)
    diagnosis(quick)
    diagnosis(quick, timeout: 1.5, open_timeout: 0.5)
    diagnosis(AxHub::Client.new(base_url: @server.url, token: "t", transport:))
    assert_equal [[3.0, 7.0], [0.5, 1.5], [10.0, 60.0]], seen
    assert_raises(AxHub::InvalidArgumentError) { client(timeout: 0) }
  end

  def test_auth_tenant_user_agent_and_default_headers
    @server.replies(OK)
    diagnosis(client(tenant_id: "t-1", headers: { "X-Extra" => "1" }))
    diagnosis(client(token: -> { "fresh" }))
    diagnosis(client(token: ""), headers: { "X-Call" => "2" })
    first, second, third = @server.received
    sent = [first.header("authorization"), first.header("x-tenant-id"), first.header("x-extra")]
    assert_equal ["Bearer tok", "t-1", "1"], sent
    assert_equal "application/json", first.header("accept")
    assert_equal "axhub/#{AxHub::VERSION} ruby/#{RUBY_VERSION}", first.header("user-agent")
    assert_equal "Bearer fresh", second.header("authorization")
    assert_nil second.header("x-tenant-id")
    assert_nil third.header("authorization")
    assert_equal "2", third.header("x-call")
  end

  def test_the_signer_signs_every_attempt_after_auth
    @server.replies([503, {}, nil], [202, {}, SdkTest::DEPLOYMENT])
    signatures = []
    signer = lambda do |request|
      signatures << request["Authorization"]
      request["X-Agent-Id"] = "agent-1"
      request["X-Signature"] = "sig-#{signatures.length}:#{request.body}"
    end
    client(signer:, max_retries: 1).deployments.deploy_post_api_v1_apps_by_app_id_deployments(
      path_params: app, body: { force_rebuild: true }
    )
    assert_equal ["Bearer tok", "Bearer tok"], signatures
    signed = @server.received.map { |request| request.header("x-signature") }
    assert_equal ["sig-1:{\"force_rebuild\":true}", "sig-2:{\"force_rebuild\":true}"], signed
  end

  def watched_call(log)
    requests = []
    responses = []
    watched = client(logger: Logger.new(log), on_request: ->(request) { requests << request },
                     on_response: ->(response, _request) { responses << response },
                     signer: ->(request) { request["X-Signature"] = "s3cr3t" }, headers: { "X-Api-Key" => "k3y" })
    diagnosis(watched)
    [requests.first, responses.first]
  end

  def test_debug_hooks_see_secrets_redacted
    @server.replies([200, { "Set-Cookie" => "session=secret" }, OK[2]])
    request, response = watched_call(StringIO.new)
    assert_equal "[REDACTED]", request.headers["Authorization"]
    assert_equal "[REDACTED]", request.headers["X-Signature"]
    assert_equal "[REDACTED]", response.headers["set-cookie"]
    assert_equal 200, response.status
    assert_equal "Bearer tok", @server.received.first.header("authorization")
  end

  def test_the_logger_sees_secrets_redacted
    @server.replies([200, { "Set-Cookie" => "session=secret" }, OK[2]])
    log = StringIO.new
    watched_call(log)
    text = log.string
    assert_match(/axhub: request GET .*diagnosis \(attempt 1\)/, text)
    assert_match(/axhub: response 200 GET/, text)
    %w[tok s3cr3t k3y secret].each { |secret| refute_includes text, secret }
  end

  def test_a_replaced_transport_gets_every_request
    seen = []
    transport = lambda do |request|
      seen << request
      AxHub::HTTPResponse.new(status: 200, headers: { "content-type" => "application/json" },
                              body: JSON.generate(OK[2]))
    end
    assert_instance_of AxHub::Models::Diagnosis, diagnosis(client(transport:))
    assert_equal "GET", seen.first.http_method
    assert_equal "#{@server.url}/api/v1/apps/#{SdkTest::BASE_APP}/diagnosis", seen.first.url
  end

  def test_the_default_transport_is_configurable_and_never_follows_redirects
    configured = []
    transport = AxHub::NetHTTPTransport.new(proxy: nil, configure: ->(http) { configured << http.address })
    @server.replies([302, { "Location" => "#{@server.url}/elsewhere" }, nil])
    result = client(transport:).deployments.deploy_get_api_v1_apps_by_app_id_git_github_install_start(
      path_params: app
    )
    assert_equal 302, result.status
    assert_equal ["127.0.0.1"], configured
    assert_equal 1, @server.received.length
    transport.close
  end

  def test_with_options_makes_a_copy_sharing_the_transport
    @server.replies(OK)
    base = client(headers: { "X-A" => "1" })
    copy = base.with_options(token: "other", headers: { "X-B" => "2" }, timeout: 5)
    diagnosis(copy)
    diagnosis(base)
    first, second = @server.received
    assert_equal ["Bearer other", "1", "2"], [first.header("authorization"), first.header("x-a"), first.header("x-b")]
    assert_equal ["Bearer tok", nil], [second.header("authorization"), second.header("x-b")]
    assert_equal 5.0, copy.timeout
    refute_same base.deployments, copy.deployments
    assert_raises(AxHub::InvalidArgumentError) { base.with_options(tokn: "x") }
  end

  def test_base_url_default_and_open_block
    assert_equal "https://api.axhub.ai", AxHub::Client.new(token: "t").base_url
    assert_equal @server.url, AxHub::Client.new(base_url: "#{@server.url}/", token: "t").base_url
    @server.replies(OK)
    result = AxHub::Client.open(base_url: @server.url, token: "t") { |opened| diagnosis(opened) }
    assert_instance_of AxHub::Models::Diagnosis, result
  end
end
