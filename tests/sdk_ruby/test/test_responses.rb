# frozen_string_literal: true

require_relative "test_helper"

# What each kind of response gives: a model, {}, a redirect, or the error of its status.
class ResponsesTest < SdkTest::TestCase
  ERRORS = {
    400 => AxHub::BadRequestError, 401 => AxHub::AuthenticationError, 403 => AxHub::PermissionDeniedError,
    404 => AxHub::NotFoundError, 409 => AxHub::ConflictError, 412 => AxHub::PreconditionFailedError,
    422 => AxHub::UnprocessableEntityError, 428 => AxHub::PreconditionRequiredError, 429 => AxHub::RateLimitError,
    500 => AxHub::InternalServerError, 418 => AxHub::ClientError, 502 => AxHub::ServerError,
    503 => AxHub::ServerError
  }.freeze

  def diagnosis
    client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app)
  end

  def test_204_and_an_empty_2xx_give_an_empty_hash
    @server.replies([204, {}, nil])
    assert_equal({}, client.deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel(
                       path_params: deployment_path
                     ))
    @server.replies([202, {}, nil])
    assert_equal({}, client.deployments.deploy_put_api_v1_apps_by_app_id_staging(path_params: app))
    @server.replies([200, { "Content-Type" => "application/json" }, ""])
    assert_equal({}, diagnosis)
  end

  def test_302_is_not_followed
    location = "https://github.com/apps/axhub/installations/new?state=abc"
    @server.replies([302, { "Location" => location }, nil])
    result = client.deployments.deploy_get_api_v1_apps_by_app_id_git_github_install_start(path_params: app)
    assert_equal({ "status" => 302, "location" => location }, result.to_h)
    assert_equal result, { "status" => 302, "location" => location }
    assert_equal 302, result.status
    assert_equal location, result["location"]
    assert_equal 1, @server.received.length
  end

  def test_every_error_status_has_its_class
    ERRORS.each do |status, type|
      @server.replies([status, {}, { "statusCode" => status, "code" => "c#{status}", "message" => "m#{status}" }])
      error = assert_raises(type) { diagnosis }
      assert_equal type, error.class, status
      assert_equal status, error.status
      assert_equal "c#{status}", error.code
    end
  end

  def test_error_families
    assert_operator AxHub::NotFoundError, :<, AxHub::ClientError
    assert_operator AxHub::ClientError, :<, AxHub::APIStatusError
    assert_operator AxHub::InternalServerError, :<, AxHub::ServerError
    assert_operator AxHub::APIStatusError, :<, AxHub::Error
    assert_operator AxHub::APITimeoutError, :<, AxHub::APIConnectionError
    assert_operator AxHub::APIConnectionError, :<, AxHub::Error
    assert_operator AxHub::InvalidArgumentError, :<, AxHub::Error
    assert_operator AxHub::Error, :<, StandardError
  end

  def test_the_error_says_what_failed_and_carries_the_body
    @server.replies([429, { "X-Request-ID" => "req-1" },
                     { "statusCode" => 429, "code" => "rate_limited", "message" => "slow down", "retryAfter" => 42 }])
    error = assert_raises(AxHub::RateLimitError) { diagnosis }
    assert_equal "deployGetApiV1AppsByAppIDDiagnosis: GET /api/v1/apps/#{SdkTest::BASE_APP}/diagnosis returned " \
                 "429 rate_limited: slow down (retry after 42s) [request id req-1]", error.message
    assert_equal [429, "rate_limited", "slow down", 42.0], [error.status, error.code, error.server_message,
                                                            error.retry_after]
    assert_instance_of AxHub::Models::Error, error.body
    assert_equal "deployGetApiV1AppsByAppIDDiagnosis", error.operation_id
    assert_equal "GET", error.http_method
    assert_equal "req-1", error.headers["x-request-id"]
    assert_equal 429, error.response.status
  end

  def test_error_with_a_text_body_or_none
    @server.replies([503, { "Content-Type" => "text/plain", "Retry-After" => "7" }, "upstream down"])
    error = assert_raises(AxHub::ServerError) { diagnosis }
    assert_equal ["upstream down", "upstream down", 7.0], [error.body, error.server_message, error.retry_after]
    @server.replies([404, {}, nil])
    error = assert_raises(AxHub::NotFoundError) { diagnosis }
    assert_nil error.body
    assert_nil error.code
  end

  def test_invalid_json_in_a_2xx
    @server.replies([200, { "Content-Type" => "application/json" }, "{not json"])
    error = assert_raises(AxHub::ResponseDecodeError) { diagnosis }
    assert_equal "{not json", error.text
    assert_match(/deployGetApiV1AppsByAppIDDiagnosis: 200 response is not valid JSON/, error.message)
  end

  def test_raw_request_gives_the_response_as_it_came
    @server.replies([404, { "X-Thing" => "1" }, { "code" => "not_found", "message" => "no app" }])
    raw = client.raw_request("deployGetApiV1AppsByAppIDDiagnosis", path_params: app)
    assert_equal 404, raw.status
    assert_equal "1", raw.header("X-Thing")
    assert_equal({ "code" => "not_found", "message" => "no app" }, raw.json)
    assert_raises(AxHub::NotFoundError) { raw.parsed }
    assert_equal "[REDACTED]", raw.request.headers["Authorization"]
    @server.replies([200, {}, { "app_id" => "x", "applicable" => false, "healthy" => true, "services" => [] }])
    assert_instance_of AxHub::Models::Diagnosis, client.raw_request("deployGetApiV1AppsByAppIDDiagnosis",
                                                                    path_params: app).parsed
  end
end
