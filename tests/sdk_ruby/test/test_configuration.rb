# frozen_string_literal: true

require_relative "test_helper"

# Configuration (issue #16): AXHUB_TOKEN, AXHUB_BASE_URL and AXHUB_LOG read when the argument
# is not given (the argument wins), every setting checked when the client is built, and a
# closed client refusing calls, all with the SDK's own errors.
class ConfigurationTest < SdkTest::TestCase
  def build(environment: {}, **settings)
    made = AxHub::Client.new(max_retries: 0, environment:, **settings)
    (@clients ||= []) << made
    made
  end

  def test_the_client_declares_its_prefix
    assert_equal "AXHUB", AxHub::Client.env_prefix
  end

  def test_token_and_base_url_come_from_the_environment
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    made = build(environment: { "AXHUB_TOKEN" => "env-token", "AXHUB_BASE_URL" => "#{@server.url}/" })
    assert_equal @server.url, made.base_url
    made.deployments.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_equal "Bearer env-token", @server.received.first.header("Authorization")
  end

  def test_arguments_win_over_the_environment
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    made = build(environment: { "AXHUB_TOKEN" => "env-token", "AXHUB_BASE_URL" => "http://elsewhere.invalid" },
                 token: "given", base_url: @server.url)
    made.deployments.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_equal "Bearer given", @server.received.first.header("Authorization")
  end

  def test_blank_variables_count_as_unset
    made = build(environment: { "AXHUB_BASE_URL" => "  ", "AXHUB_LOG" => "" })
    assert_equal "https://api.axhub.ai", made.base_url
  end

  def test_log_debug_writes_each_request_to_standard_error_with_secrets_redacted
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    made = build(environment: { "AXHUB_LOG" => "debug" }, base_url: @server.url, token: "secret-token")
    _, err = capture_io { made.deployments.get(SdkTest::BASE_APP, SdkTest::DID) }
    assert_match %r{request GET #{Regexp.escape(@server.url)}/api/v1/apps/}, err
    assert_match(/response 200/, err)
    refute_includes err, "secret-token"
    _, quiet = capture_io { build(environment: { "AXHUB_LOG" => "off" }, base_url: @server.url) }
    assert_empty quiet
  end

  def test_a_bad_log_value_is_refused_when_built
    error = assert_raises(AxHub::InvalidArgumentError) { build(environment: { "AXHUB_LOG" => "loud" }) }
    assert_match(/AXHUB_LOG must be one of debug, off \(got "loud"\)/, error.message)
  end

  def test_a_base_url_that_is_not_absolute_http_with_a_host_is_refused_when_built
    ["localhost:8080", "ftp://files.example.com", "http://", "/api/v1", "not a url", "https:///path"].each do |url|
      error = assert_raises(AxHub::InvalidArgumentError) { build(base_url: url) }
      assert_match(/base_url must be an absolute http\(s\) URL with a host/, error.message)
      assert_raises(AxHub::InvalidArgumentError) { build(environment: { "AXHUB_BASE_URL" => url }) }
    end
    assert_raises(AxHub::InvalidArgumentError) { build.with_options(base_url: "localhost:8080") }
  end

  def test_bad_option_values_are_refused_when_built
    [{ timeout: -1 }, { timeout: "5" }, { timeout: 0 }, { open_timeout: nil }, { max_retries: -1 },
     { max_retries: "2" }, { headers: "X-A: 1" }, { signer: 5 }, { on_request: "log" }, { logger: 5 },
     { transport: :net_http }].each do |settings|
      assert_raises(AxHub::InvalidArgumentError, settings.inspect) { build(**settings) }
    end
    assert_raises(AxHub::InvalidArgumentError) { build.with_options(timeout: "5") }
    assert_raises(AxHub::InvalidArgumentError) { build.with_options(signer: 5) }
  end

  def test_a_bad_per_call_timeout_is_refused_before_sending
    made = build(base_url: @server.url)
    assert_raises(AxHub::InvalidArgumentError) do
      made.deployments.get(SdkTest::BASE_APP, SdkTest::DID, options: { timeout: "5" })
    end
    assert_empty @server.received
  end

  def test_a_closed_client_refuses_calls_with_its_own_error
    made = build(base_url: @server.url)
    refute_predicate made, :closed?
    made.close
    assert_predicate made, :closed?
    calls_on(made).each do |call|
      error = assert_raises(AxHub::ClientClosedError) { call.call }
      assert_kind_of AxHub::Error, error
      assert_match(/closed/, error.message)
    end
    assert_empty @server.received
  end

  def calls_on(made)
    [
      -> { made.deployments.get(SdkTest::BASE_APP, SdkTest::DID) },
      -> { made.deployments.list(SdkTest::BASE_APP).first },
      -> { made.deployments.deploy_get_api_v1_apps_by_app_id_deployments(path_params: app) },
      -> { made.request("deployGetApiV1AppsByAppIDDeployments", path_params: app) },
      -> { made.raw_request("deployGetApiV1AppsByAppIDDeployments", path_params: app) }
    ]
  end
end
