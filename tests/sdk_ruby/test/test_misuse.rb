# frozen_string_literal: true

require_relative "test_helper"

# Issue #16 "Done when": every Ruby case of "What users found", and the misuse the other SDKs
# showed, answered by this SDK's own error (AxHub::Error and its subclasses), never a Ruby one
# (NoMethodError, TypeError, ArgumentError, ...), and nothing sent.
class MisuseTest < SdkTest::TestCase
  def building
    {
      "a base URL without a scheme (was NoMethodError: request_uri)" =>
        -> { AxHub::Client.new(base_url: "localhost:8080", token: "t") },
      "an ftp:// base URL" => -> { AxHub::Client.new(base_url: "ftp://example.com", token: "t") },
      "a base URL without a host" => -> { AxHub::Client.new(base_url: "http://", token: "t") },
      "a base URL from the environment without a scheme" =>
        -> { AxHub::Client.new(environment: { "AXHUB_BASE_URL" => "localhost:8080", "AXHUB_TOKEN" => "t" }) },
      "a timeout given as text" => -> { AxHub::Client.new(timeout: "5", token: "t") },
      "a negative max_retries" => -> { AxHub::Client.new(max_retries: -1, token: "t") },
      "an unknown AXHUB_LOG" => -> { AxHub::Client.new(environment: { "AXHUB_LOG" => "loud" }, token: "t") },
      "no credential while every operation needs one" => -> { AxHub::Client.new(environment: {}) },
      "an unknown with_options key" => -> { client.with_options(timeot: 5) }
    }
  end

  def calling(made)
    {
      "a string for an integer" => -> { made.deployments.list(SdkTest::BASE_APP, limit: "ten") },
      "a misspelt keyword" => -> { made.deployments.list(SdkTest::BASE_APP, limt: 2) },
      "a Hash where a path value belongs" =>
        -> { made.deployments.get({ "appID" => SdkTest::BASE_APP }, SdkTest::DID) },
      "a missing path value" => -> { made.deployments.get(nil, SdkTest::DID) },
      "a per-call timeout given as text" =>
        -> { made.deployments.get(SdkTest::BASE_APP, SdkTest::DID, options: { timeout: "5" }) },
      "a misspelt operationId" => -> { made.request("deployGetApiV1AppsByAppIDDeployment") },
      "a missing path parameter in the seed form" =>
        -> { made.deployments.deploy_get_api_v1_apps_by_app_id_deployments(path_params: {}) },
      "a raw form of a helper" =>
        -> { made.deployments.with_raw_response.wait_for_deployment(path_params: deployment_path) },
      "the next page after the last" => lambda {
        @server.replies([200, {}, { "items" => [], "total" => 0 }])
        made.deployments.list(SdkTest::BASE_APP).next_page
      }
    }
  end

  def test_bad_settings_are_refused_when_the_client_is_built
    building.each do |what, build|
      error = assert_raises(AxHub::InvalidArgumentError, what) { build.call }
      refute_empty error.message, what
    end
  end

  def test_bad_arguments_are_refused_before_sending
    made = client
    calling(made).each do |what, call|
      assert_raises(AxHub::InvalidArgumentError, what) { call.call }
    end
    assert_equal 1, @server.received.length # only the empty page the last case asked for
  end

  def test_a_closed_client_refuses_calls_and_keeps_refusing
    made = client
    made.close
    [-> { made.deployments.get(SdkTest::BASE_APP, SdkTest::DID) }, -> { made.deployments.list(SdkTest::BASE_APP) },
     -> { made.deployments.with_raw_response.get(SdkTest::BASE_APP, SdkTest::DID) },
     -> { made.request("deployGetApiV1AppsByAppIDDeployments", path_params: app) }].each do |call|
      assert_raises(AxHub::ClientClosedError) { call.call }
    end
    assert_empty @server.received
  end

  def test_a_server_that_is_not_there_is_the_sdk_connection_error
    made = AxHub::Client.new(base_url: "http://127.0.0.1:9", token: "t", max_retries: 0, environment: {})
    error = assert_raises(AxHub::APIConnectionError) { made.deployments.get(SdkTest::BASE_APP, SdkTest::DID) }
    assert_kind_of AxHub::Error, error
  ensure
    made&.close
  end
end
