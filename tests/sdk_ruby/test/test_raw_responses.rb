# frozen_string_literal: true

require_relative "test_helper"

# Issue #16 items 4 and 6: the request ID on successful results, raw responses per method
# (`client.deployments.with_raw_response.get(...)`), and the declared error schema decoded onto
# the raised error, for a resource method as for an operationId method.
class RawResponsesTest < SdkTest::TestCase
  REQUEST_ID = { "X-Request-ID" => "req-42" }.freeze
  ERROR_BODY = { "statusCode" => 404, "code" => "not_found", "message" => "no such deployment" }.freeze

  def test_a_decoded_result_carries_its_request_id
    @server.replies([200, REQUEST_ID, SdkTest::DEPLOYMENT], [200, {}, SdkTest::DEPLOYMENT])
    assert_equal "req-42", client.deployments.get(SdkTest::BASE_APP, SdkTest::DID)._request_id
    assert_nil client.deployments.get(SdkTest::BASE_APP, SdkTest::DID)._request_id
    assert_nil AxHub::Models::RollbackRequest.new(confirm_schema_skew: true)._request_id
  end

  def test_the_request_id_leaves_equality_alone
    @server.replies([200, REQUEST_ID, SdkTest::DEPLOYMENT], [200, {}, SdkTest::DEPLOYMENT])
    made = client
    assert_equal made.deployments.get(SdkTest::BASE_APP, SdkTest::DID),
                 made.deployments.get(SdkTest::BASE_APP, SdkTest::DID)
  end

  def test_with_raw_response_gives_the_response_and_the_value_on_demand
    @server.replies([200, REQUEST_ID, SdkTest::DEPLOYMENT])
    raw = client.deployments.with_raw_response.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_instance_of AxHub::RawResponse, raw
    assert_equal [200, "req-42", "req-42"], [raw.status, raw.request_id, raw.headers["x-request-id"]]
    deployment = raw.parsed
    assert_instance_of AxHub::Models::Deployment, deployment
    assert_equal SdkTest::DID, deployment.id
    assert_equal "req-42", deployment._request_id
    assert_equal "/api/v1/apps/#{SdkTest::BASE_APP}/deployments/#{SdkTest::DID}", @server.received.first.path
  end

  def test_a_raw_list_is_its_first_page_response
    @server.replies([200, REQUEST_ID, { "items" => [SdkTest::DEPLOYMENT], "total" => 5 }])
    raw = client.deployments.with_raw_response.list(SdkTest::BASE_APP, limit: 1)
    assert_equal 5, raw.parsed.total
    assert_equal 1, @server.received.length
  end

  def test_a_raw_error_status_is_returned_not_raised_until_parsed
    @server.replies([404, REQUEST_ID, ERROR_BODY])
    raw = client.deployments.with_raw_response.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_equal 404, raw.status
    assert_equal "not_found", raw.json["code"]
    error = assert_raises(AxHub::NotFoundError) { raw.parsed }
    assert_instance_of AxHub::Models::Error, error.body
  end

  def test_raw_reaches_nested_resources_and_operation_id_methods
    @server.replies([200, REQUEST_ID, SdkTest::DEPLOYMENT])
    raw = client.deployments.with_raw_response.deploy_get_api_v1_apps_by_app_id_deployments_by_did(
      path_params: deployment_path
    )
    assert_equal "req-42", raw.request_id
    raw_lifecycle = client.deployments.with_raw_response.lifecycle
    assert_instance_of AxHub::Resources::DeploymentsLifecycle, raw_lifecycle
    assert_same raw_lifecycle.with_raw_response.class, raw_lifecycle.class
  end

  def test_raw_arguments_are_checked_like_the_typed_call
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.deployments.with_raw_response.list(SdkTest::BASE_APP, limit: "ten")
    end
    assert_match(/limit must be an integer/, error.message)
    assert_empty @server.received
  end

  def test_the_helpers_have_no_raw_form
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.deployments.with_raw_response.wait_for_deployment(path_params: deployment_path)
    end
    assert_equal "deployGetApiV1AppsByAppIDDeploymentsByDid is a wait helper: it has no raw-response form; " \
                 "call it on the resource itself", error.message
  end

  def test_a_with_options_copy_sends_raw_calls_with_its_own_settings
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    original = client
    original.raw # bound to the original before the copy is made
    copy = original.with_options(headers: { "X-Copy" => "1" })
    copy.deployments.with_raw_response.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_equal "1", @server.received.first.header("X-Copy")
  end

  def test_the_declared_error_schema_is_decoded_onto_the_error
    @server.replies([404, REQUEST_ID, ERROR_BODY])
    error = assert_raises(AxHub::NotFoundError) { client.deployments.get(SdkTest::BASE_APP, SdkTest::DID) }
    assert_instance_of AxHub::Models::Error, error.body
    assert_equal [404, "not_found", "no such deployment"], [error.body.status_code, error.body.code,
                                                            error.body.message]
    assert_equal [404, "not_found", "no such deployment", "req-42"], [error.status, error.code,
                                                                      error.server_message, error.request_id]
  end

  # The schema comes from the operation's own responses: the exact status, then its class, then
  # "default"; a status none of them names keeps the JSON as it came.
  def test_the_error_schema_is_read_from_the_operations_responses
    operation = AxHub::Operation.new(operation_id: "probe", http_method: "GET", path: "/probe",
                                     responses: { "200" => nil, "4XX" => :Diagnosis, "default" => :Error })
    { 418 => AxHub::Models::Diagnosis, 503 => AxHub::Models::Error }.each do |status, model|
      @server.replies([status, {}, ERROR_BODY])
      error = assert_raises(AxHub::APIStatusError) { client.call(operation) }
      assert_instance_of model, error.body, status
    end
    bare = AxHub::Operation.new(operation_id: "bare", http_method: "GET", path: "/bare", responses: { "200" => nil })
    @server.replies([500, {}, ERROR_BODY])
    error = assert_raises(AxHub::InternalServerError) { client.call(bare) }
    assert_equal ERROR_BODY, error.body
  end
end
