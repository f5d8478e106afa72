# frozen_string_literal: true

require_relative "test_helper"

# The seed's surface: one method per operation with the seed's Ruby name, request() by
# operationId, and arguments refused before anything is sent.
class SurfaceTest < SdkTest::TestCase
  SEED_TABLE = File.expand_path("../../unit/test_naming.py", __dir__)

  def seed_rows
    text = File.read(SEED_TABLE)
    table = text[text.index("SEED_NAMES")...text.index("LANGUAGES")]
    table.scan(/\(\s*((?:"\w+",\s*){6})\)/).map { |(row)| row.scan(/"(\w+)"/).flatten }
  end

  def test_every_seed_method_exists_with_the_seed_signature
    rows = seed_rows
    assert_equal 24, rows.length
    resource = client.deployments
    rows.each do |operation_id, *, ruby|
      assert_respond_to resource, ruby
      keywords = resource.method(ruby).parameters.map(&:last)
      assert_equal [:body, :headers, :options, :path_params, :query], keywords.sort
      assert AxHub::OPERATIONS.key?(operation_id), operation_id
    end
    assert_equal 24, AxHub::OPERATIONS.length
  end

  def test_the_call_of_the_seed
    @server.replies([200, {}, { "items" => [SdkTest::DEPLOYMENT], "next_cursor" => "", "total" => 1 }])
    page = client.deployments.deploy_get_api_v1_apps_by_app_id_deployments(path_params: app, query: { limit: 5 },
                                                                           body: nil)
    assert_instance_of AxHub::Models::DeploymentPage, page
    assert_instance_of AxHub::Models::Deployment, page.items.first
    request = @server.received.first
    assert_equal "GET", request.http_method
    assert_equal "/api/v1/apps/#{SdkTest::BASE_APP}/deployments", request.path
    assert_equal [%w[limit 5]], request.query
  end

  def test_request_dispatches_by_operation_id_with_string_values
    @server.replies([200, {}, { "items" => [], "next_cursor" => "", "total" => 0 }])
    page = client.request("deployGetApiV1AppsByAppIDDeployments", path_params: { appID: SdkTest::BASE_APP },
                                                                  query: { "limit" => 5, offset: 0 })
    assert_instance_of AxHub::Models::DeploymentPage, page
    assert_equal [%w[limit 5], %w[offset 0]], @server.received.first.query
  end

  def test_unknown_operation_id_is_refused_with_a_suggestion
    error = assert_raises(AxHub::InvalidArgumentError) { client.request("deployGetApiV1AppsByAppIDDeployment") }
    assert_match(/unknown operationId "deployGetApiV1AppsByAppIDDeployment"/, error.message)
    assert_match(/did you mean "deployGetApiV1AppsByAppIDDeployments"/, error.message)
  end

  def test_missing_or_empty_path_param_is_refused_before_sending
    [{}, { "appID" => "" }, { "appID" => nil }].each do |path_params|
      error = assert_raises(AxHub::InvalidArgumentError) do
        client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params:)
      end
      assert_match(/deployGetApiV1AppsByAppIDDiagnosis: path parameter "appID" is required/, error.message)
    end
    assert_raises(ArgumentError) { client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis }
    assert_empty @server.received
  end

  def test_missing_required_body_is_refused_before_sending
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.request("deployPatchApiV1AppsByAppIDGitConnection", path_params: app)
    end
    assert_match(/deployPatchApiV1AppsByAppIDGitConnection: a request body is required/, error.message)
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.request("deployGetApiV1AppsByAppIDDiagnosis", path_params: app, body: { "x" => 1 })
    end
    assert_match(/takes no request body/, error.message)
    assert_empty @server.received
  end

  def test_path_values_are_encoded_one_by_one
    @server.replies([200, {}, { "app_id" => "x", "applicable" => true, "healthy" => true, "services" => [] }])
    client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: { "appID" => "a/b c?" })
    assert_equal "/api/v1/apps/a%2Fb%20c%3F/diagnosis", @server.received.first.path
  end

  def test_body_from_a_model_or_a_hash_goes_with_wire_keys
    @server.replies([202, {}, SdkTest::DEPLOYMENT.merge("status" => "pending")])
    typed = client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(
      path_params: app, body: AxHub::Models::TriggerDeploymentRequest.new(force_rebuild: true)
    )
    client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: app,
                                                                     body: { commit_sha: "b" * 40 })
    assert_equal AxHub::Models::DeploymentStatus::PENDING, typed.status
    first, second = @server.received
    assert_equal({ "force_rebuild" => true }, first.json)
    assert_equal({ "commit_sha" => "b" * 40 }, second.json)
    assert_equal "application/json", first.header("content-type")
  end

  def test_header_parameter_is_sent_as_a_header
    @server.replies([202, {}, SdkTest::DEPLOYMENT])
    client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: app,
                                                                     headers: { "Idempotency-Key" => "my-key" })
    client.request("deployPostApiV1AppsByAppIDDeployments", path_params: app, query: { "Idempotency-Key" => "k2" })
    first, second = @server.received
    assert_equal "my-key", first.header("idempotency-key")
    assert_equal "k2", second.header("idempotency-key")
    assert_empty second.query
  end

  def test_query_values_are_strings
    @server.replies([200, {}, { "lines" => [], "next_cursor" => "", "has_more" => false }])
    client.deployments.deploy_get_api_v1_apps_by_app_id_logs(
      path_params: app, query: { since: Time.utc(2026, 1, 2, 3, 4, 5), limit: 10, direction: :forward }
    )
    assert_equal [["since", "2026-01-02T03:04:05Z"], %w[limit 10], %w[direction forward]], @server.received.first.query
  end

  def test_models_resources_and_client_load_without_warnings
    script = "require 'axhub'; AxHub::Client.new(token: 't').deployments"
    lib = File.expand_path("../../../sdks/axhub/ruby/lib", __dir__)
    output = IO.popen([RbConfig.ruby, "-w", "-I", lib, "-e", script], err: [:child, :out], &:read)
    assert_equal "", output
  end
end
