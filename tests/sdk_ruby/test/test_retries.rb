# frozen_string_literal: true

require_relative "test_helper"

# Retries: which failures, how many times, how long between, and the Idempotency-Key.
class RetriesTest < SdkTest::TestCase
  OK = [200, {}, { "app_id" => "x", "applicable" => true, "healthy" => true, "services" => [] }].freeze
  DEPLOYED = [202, {}, SdkTest::DEPLOYMENT].freeze

  def diagnosis(retrying = client(max_retries: 2), **options)
    retrying.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app, options:)
  end

  def test_retries_then_succeeds_with_exponential_backoff
    @server.replies([503, {}, nil], [502, {}, nil], OK)
    assert_instance_of AxHub::Models::Diagnosis, diagnosis
    assert_equal 3, @server.received.length
    assert_equal [0.25, 0.5], @clock.sleeps # jitter 0.5 * 0.5 s, then * 1 s
  end

  def test_full_jitter_and_the_cap
    @server.replies([500, {}, nil])
    capped = client(max_retries: 6, jitter: -> { 1.0 })
    assert_raises(AxHub::InternalServerError) { diagnosis(capped) }
    assert_equal 7, @server.received.length
    assert_equal [0.5, 1.0, 2.0, 4.0, 8.0, 8.0], @clock.sleeps
  end

  def test_retries_exhausted_raise_the_last_error
    @server.replies([503, {}, { "code" => "unavailable" }])
    error = assert_raises(AxHub::ServerError) { diagnosis }
    assert_equal "unavailable", error.code
    assert_equal 3, @server.received.length
  end

  def test_retryable_statuses_and_the_others
    [408, 429, 500, 502, 503, 504].each do |status|
      @server.replies([status, {}, nil], OK)
      diagnosis
      assert_equal 2, @server.received.length, status
    end
    [400, 401, 403, 404, 409, 412, 422, 501].each do |status|
      @server.replies([status, {}, nil], OK)
      assert_raises(AxHub::APIStatusError) { diagnosis }
      assert_equal 1, @server.received.length, status
    end
  end

  def test_retry_after_in_seconds_as_a_date_and_in_the_body
    @server.replies([429, { "Retry-After" => "3" }, nil], OK)
    diagnosis
    date = Time.at(@clock.wall_clock.call + 5).httpdate
    @server.replies([503, { "Retry-After" => date }, nil], OK)
    diagnosis
    @server.replies([429, {}, { "code" => "rate_limited", "retryAfter" => 4 }], OK)
    diagnosis
    @server.replies([429, { "Retry-After" => "3600" }, nil], OK)
    diagnosis
    assert_equal [3.0, 5.0, 4.0, 60.0], @clock.sleeps.map(&:round)
  end

  def test_rate_limit_error_after_retries_carries_retry_after
    @server.replies([429, { "Retry-After" => "2" }, { "code" => "rate_limited" }])
    error = assert_raises(AxHub::RateLimitError) { diagnosis }
    assert_equal 2.0, error.retry_after
    assert_equal [2.0, 2.0], @clock.sleeps
  end

  def test_a_post_gets_one_idempotency_key_reused_on_its_retries
    @server.replies([503, {}, nil], [500, {}, nil], DEPLOYED)
    retrying = client(max_retries: 2)
    retrying.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: app)
    keys = @server.received.map { |request| request.header("idempotency-key") }
    assert_equal 3, keys.length
    assert_equal 1, keys.uniq.length
    assert_match(/\A\h{8}-\h{4}-4\h{3}-\h{4}-\h{12}\z/, keys.first)
    @server.replies(DEPLOYED)
    retrying.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: app)
    refute_equal keys.first, @server.received.first.header("idempotency-key")
  end

  def test_the_callers_key_is_used
    @server.replies([503, {}, nil], DEPLOYED)
    client(max_retries: 1).deployments.deploy_post_api_v1_apps_by_app_id_deployments(
      path_params: app, options: { idempotency_key: "mine" }
    )
    assert_equal(%w[mine mine], @server.received.map { |request| request.header("idempotency-key") })
  end

  def test_no_key_and_no_retry_when_retries_are_off
    @server.replies([503, {}, nil], DEPLOYED)
    assert_raises(AxHub::ServerError) do
      client.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: app)
    end
    request, = @server.received
    assert_nil request.header("idempotency-key")
  end

  def test_a_patch_is_retried_only_with_a_key
    connection = { "provider" => "github", "repo_full_name" => "o/r", "branch" => "dev", "installation_id" => 1 }
    retrying = client(max_retries: 2)
    @server.replies([503, {}, nil], [200, {}, connection])
    assert_raises(AxHub::ServerError) do
      retrying.deployments.deploy_patch_api_v1_apps_by_app_id_git_connection(path_params: app,
                                                                             body: { branch: "dev" })
    end
    assert_equal 1, @server.received.length
    @server.replies([503, {}, nil], [200, {}, connection])
    retrying.deployments.deploy_patch_api_v1_apps_by_app_id_git_connection(
      path_params: app, body: { branch: "dev" }, headers: { "Idempotency-Key" => "p-1" }
    )
    assert_equal 2, @server.received.length
  end

  def test_delete_and_put_are_retried
    @server.replies([503, {}, nil], [204, {}, nil])
    client(max_retries: 1).deployments.deploy_delete_api_v1_apps_by_app_id_git_connection(path_params: app)
    assert_equal 2, @server.received.length
  end

  def test_max_retries_per_client_and_per_call
    @server.replies([503, {}, nil])
    assert_raises(AxHub::ServerError) { diagnosis(client(max_retries: 1)) }
    assert_equal 2, @server.received.length
    assert_raises(AxHub::ServerError) { diagnosis(client(max_retries: 1), max_retries: 3) }
    assert_equal 4, @server.received.length
    assert_raises(AxHub::ServerError) { diagnosis(client(max_retries: 3), max_retries: 0) }
    assert_equal 1, @server.received.length
    assert_raises(AxHub::InvalidArgumentError) { client(max_retries: -1) }
    assert_raises(AxHub::InvalidArgumentError) { diagnosis(client, max_retries: -1) }
  end

  def test_connection_errors_are_retried_then_raised
    port = TCPServer.open("127.0.0.1", 0) { |socket| socket.addr[1] }
    closed = client(base_url: "http://127.0.0.1:#{port}", max_retries: 2)
    error = assert_raises(AxHub::APIConnectionError) { diagnosis(closed) }
    refute_kind_of AxHub::APITimeoutError, error
    assert_equal 3, error.attempts
    assert_equal "deployGetApiV1AppsByAppIDDiagnosis", error.operation_id
    assert_match(%r{deployGetApiV1AppsByAppIDDiagnosis: GET /api/v1/apps/.*/diagnosis: connection failed},
                 error.message)
    assert_match(/after 3 attempts/, error.message)
    assert_equal [0.25, 0.5], @clock.sleeps
  end

  def test_a_connection_error_then_success
    calls = 0
    flaky = lambda do |request|
      calls += 1
      raise AxHub::APIConnectionError, "reset" if calls == 1

      AxHub::HTTPResponse.new(status: 200, headers: { "Content-Type" => "application/json" },
                              body: JSON.generate(OK[2].merge("app_id" => request.url)))
    end
    assert_match(%r{/diagnosis\z}, diagnosis(client(transport: flaky, max_retries: 1)).app_id)
    assert_equal 2, calls
  end
end
