# frozen_string_literal: true

require_relative "test_helper"

# The friendly surface (issue #16): resource methods named from the spec's method names,
# nested as they nest, path values positional in path order, everything else keywords,
# checked before sending; sent through the same call, paginate and stream as the seed.
class ResourceMethodsTest < SdkTest::TestCase
  PAGE = { "items" => [SdkTest::DEPLOYMENT], "next_cursor" => "", "total" => 1 }.freeze

  def test_the_accessors_nest_as_the_method_names_do
    made = client
    assert_instance_of AxHub::Resources::Deployments, made.deployments
    assert_instance_of AxHub::Resources::Apps, made.apps
    assert_instance_of AxHub::Resources::AppsGit, made.apps.git
    assert_instance_of AxHub::Resources::DeploymentsLifecycle, made.deployments.lifecycle
    assert_respond_to made.deployments, :deploy_get_api_v1_apps_by_app_id_deployments # the seed stays beside
    [:list, :trigger, :get, :cancel, :rollback, :logs].each { |name| assert_respond_to made.deployments, name }
    [:connect_github, :disconnect, :register, :install_start].each { |name| assert_respond_to made.apps.git, name }
  end

  def test_path_values_are_positional_in_path_order
    assert_equal [[:req, :app_id], [:req, :did], [:keyrest, :params]], client.deployments.method(:get).parameters
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    deployment = client.deployments.get(SdkTest::BASE_APP, SdkTest::DID)
    assert_instance_of AxHub::Models::Deployment, deployment
    assert_equal "/api/v1/apps/#{SdkTest::BASE_APP}/deployments/#{SdkTest::DID}", @server.received.first.path
  end

  def test_a_list_method_pages_through_every_item
    second = SdkTest::DEPLOYMENT.merge("id" => "second")
    @server.replies([200, {}, { "items" => [SdkTest::DEPLOYMENT], "total" => 2 }],
                    [200, {}, { "items" => [second], "total" => 2 }])
    items = client.deployments.list(SdkTest::BASE_APP, limit: 1)
    assert_instance_of Enumerator, items
    assert_equal [SdkTest::DID, "second"], items.map(&:id)
    queries = @server.received.map(&:query)
    assert_equal [[%w[limit 1]], [%w[limit 1], %w[offset 1]]], queries
  end

  def test_body_fields_are_keywords_and_headers_too
    @server.replies([201, {}, SdkTest::DEPLOYMENT])
    client.deployments.trigger(SdkTest::BASE_APP, force_rebuild: true, idempotency_key: "key-1")
    request = @server.received.first
    assert_equal "POST", request.http_method
    assert_equal({ "force_rebuild" => true }, request.json)
    assert_equal "key-1", request.header("Idempotency-Key")
  end

  def test_an_optional_body_with_no_field_given_is_not_sent
    @server.replies([201, {}, SdkTest::DEPLOYMENT])
    client.deployments.trigger(SdkTest::BASE_APP)
    request = @server.received.first
    assert_equal "", request.body
    assert_nil request.header("Content-Type")
  end

  def test_options_ride_along
    @server.replies([200, {}, PAGE])
    client.deployments.list(SdkTest::BASE_APP, options: { headers: { "X-Extra" => "1" } }).first
    assert_equal "1", @server.received.first.header("X-Extra")
  end

  def test_misuse_is_refused_before_sending_with_the_sdk_error
    misuses(client).each do |call, message|
      error = assert_raises(AxHub::InvalidArgumentError) { call.call.to_a }
      assert_match message, error.message
    end
    assert_empty @server.received
  end

  def misuses(made)
    {
      -> { made.deployments.list(SdkTest::BASE_APP, limt: 2) } => /unknown argument\(s\) :limt; known: :limit/,
      -> { made.deployments.list(SdkTest::BASE_APP, limit: "ten") } => /limit must be an integer \(got String/,
      -> { made.deployments.get(5, SdkTest::DID) } => /app_id must be a string/,
      -> { made.deployments.get(nil, SdkTest::DID) } => /app_id is required/,
      -> { made.deployments.trigger(SdkTest::BASE_APP, force_rebuild: "yes") } => /force_rebuild must be a boolean/,
      -> { made.deployments.lifecycle.promote_preflight(SdkTest::BASE_APP) } => /deployment_id is required/,
      -> { made.apps.git.update(SdkTest::BASE_APP, branch: 5) } => /branch must be a string/,
      -> { made.apps.git.update(SdkTest::BASE_APP) } => /branch is required/
    }
  end

  def test_models_times_and_enums_are_accepted_as_what_they_encode_to
    @server.replies([200, {}, PAGE])
    since = Time.utc(2026, 11, 22, 9)
    client.deployments.logs(SdkTest::BASE_APP, since:, direction: "a-direction-this-sdk-does-not-know").first(1)
    query = @server.received.first.query.to_h
    assert_equal "2026-11-22T09:00:00Z", query["since"]
    assert_equal "a-direction-this-sdk-does-not-know", query["direction"]
  end

  def test_the_descriptor_lists_path_arguments_first
    arguments = AxHub::OPERATIONS.fetch("deployGetApiV1AppsByAppIDDeploymentsByDid").arguments
    assert_equal([[:app_id, "path"], [:did, "path"]], arguments.map { |a| [a.name, a.location] })
    assert(arguments.all?(&:frozen?))
  end
end
