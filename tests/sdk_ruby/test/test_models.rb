# frozen_string_literal: true

require_relative "test_helper"

# Typed models: wire names, three states, unknown fields and enum values kept, unions.
class ModelsTest < SdkTest::TestCase
  Models = AxHub::Models

  def deployment(extra = {})
    Models::Deployment.from_h(SdkTest::DEPLOYMENT.merge(extra))
  end

  def test_wire_names_become_ruby_readers_and_types_decode
    model = deployment
    assert_equal SdkTest::BASE_APP, model.app_id
    assert_equal Models::DeploymentStatus::BUILDING, model.status
    assert_equal Time.utc(2026, 11, 22, 9), model.started_at
    assert_nil model.completed_at
    assert_equal SdkTest::BASE_APP, model[:app_id]
    assert_equal SdkTest::BASE_APP, model["app_id"]
    error = Models::Error.from_h({ "statusCode" => 429, "code" => "rate_limited", "message" => "slow",
                                   "retryAfter" => 3 })
    assert_equal [429, 3], [error.status_code, error.retry_after]
  end

  def test_absent_null_and_value_are_three_states
    absent = Models::FailureReason.from_h({})
    null = Models::FailureReason.from_h({ "code" => nil })
    value = Models::FailureReason.from_h({ "code" => "build_failed" })
    refute absent.set?(:code)
    assert null.set?(:code)
    assert_nil null.code
    assert_equal "build_failed", value.code
    assert_equal({}, absent.to_h)
    assert_equal({ "code" => nil }, null.to_h)
    assert_equal({ "code" => "build_failed" }, value.to_h)
    built = Models::TriggerDeploymentRequest.new(commit_sha: nil)
    assert_equal({ "commit_sha" => nil }, built.to_h)
    assert_equal({}, Models::TriggerDeploymentRequest.new.to_h)
  end

  def test_unknown_fields_are_kept_and_sent_back
    model = deployment("new_field" => { "x" => 1 })
    assert_equal({ "new_field" => { "x" => 1 } }, model.additional_properties)
    assert_equal({ "x" => 1 }, model["new_field"])
    assert_equal({ "x" => 1 }, model.to_h["new_field"])
    assert_equal "2026-11-22T09:00:00Z", model.to_h["started_at"]
    assert_equal model, Models::Deployment.from_h(JSON.parse(model.to_json))
  end

  def test_unknown_enum_value_is_kept
    model = deployment("status" => "paused")
    assert_equal "paused", model.status
    refute Models::DeploymentStatus.known?("paused")
    assert Models::DeploymentStatus.known?(Models::DeploymentStatus::SUCCEEDED)
    assert_includes Models::DeploymentStatus::VALUES, "cancelled"
  end

  OFFSET_TIME = "2026-11-22T18:00:00.250+09:00"

  # Times are made when first read; every way of reading sees them as if made at once.
  def test_times_of_a_decoded_model_are_made_on_first_read_and_kept
    model = deployment("started_at" => OFFSET_TIME, "completed_at" => "2026-11-22T09:00:08Z")
    first = model.started_at
    assert_equal Time.utc(2026, 11, 22, 9, 0, 0.25r), first
    assert_equal "+09:00", first.strftime("%:z")
    assert_same first, model.started_at, "converted once, then kept"
    assert_same first, model[:started_at]
    assert_equal Time.utc(2026, 11, 22, 9, 0, 8), model["completed_at"]
    assert_equal({ started_at: first }, model.deconstruct_keys([:started_at]))
    assert model.frozen?
  end

  def test_every_view_of_a_model_sees_its_times_converted
    model = deployment("started_at" => OFFSET_TIME)
    assert_equal "2026-11-22T09:00:00.250Z", model.to_h["started_at"], "to_h converts what was never read"
    assert_includes deployment("started_at" => OFFSET_TIME).inspect, "started_at=#{model.started_at.inspect}"
    eager = Models::Deployment.new(**model.class.attributes.keys.to_h { |name| [name, model[name]] })
    assert_equal eager, deployment("started_at" => OFFSET_TIME)
    assert_equal eager.hash, deployment("started_at" => OFFSET_TIME).hash
  end

  def test_text_that_is_not_a_time_stays_text_and_pages_convert_their_items
    bad = deployment("started_at" => "soon")
    assert_equal %w[soon soon], [bad.started_at, bad.to_h["started_at"]]
    page = Models::DeploymentPage.decode!({ "items" => [SdkTest::DEPLOYMENT.merge("started_at" => OFFSET_TIME)] })
    assert_equal Time.utc(2026, 11, 22, 9, 0, 0.25r), page.items.first.started_at
  end

  def test_a_model_built_with_new_keeps_the_text_it_was_given
    built = Models::Deployment.new(**deployment.class.attributes.keys.to_h { |name| [name, deployment[name]] },
                                   started_at: "2026-11-22T18:00:00+09:00")
    assert_equal "2026-11-22T18:00:00+09:00", built.started_at
    assert_equal "2026-11-22T18:00:00+09:00", built.to_h["started_at"]
  end

  def test_a_value_of_the_wrong_type_or_a_missing_required_key_is_kept_as_it_came
    model = deployment("started_at" => "not a time")
    assert_equal "not a time", model.started_at
    partial = Models::Deployment.from_h({ "id" => "x" })
    refute partial.set?(:app_id)
    assert_equal({ "id" => "x" }, partial.to_h)
  end

  def test_nested_models_and_lists
    page = Models::DeploymentPage.from_h({ "items" => [SdkTest::DEPLOYMENT], "next_cursor" => "", "total" => 1 })
    assert_instance_of Models::Deployment, page.items.first
    reason = deployment("failure_reason" => { "code" => "oom", "stage" => "building" }).failure_reason
    assert_instance_of Models::FailureReason, reason
    assert_equal "oom", reason.code
  end

  def test_connected_union_decodes_both_shapes
    connected = Models::GitConnectionStatus.decode(
      { "connected" => true, "provider" => "github", "repo_full_name" => "o/r", "branch" => "main",
        "installation_id" => 7 }
    )
    assert_instance_of Models::GitConnectionConnected, connected
    assert_equal 7, connected.installation_id
    disconnected = Models::GitConnectionStatus.decode({ "connected" => false, "install_url" => "https://x" })
    assert_instance_of Models::GitConnectionDisconnected, disconnected
    odd = { "connected" => "maybe" }
    assert_equal odd, Models::GitConnectionStatus.decode(odd)
  end

  def test_constructor_takes_ruby_names_and_refuses_unknown_or_missing_ones
    request = Models::GitConnectionUpdateRequest.new(branch: "main")
    assert_equal({ "branch" => "main" }, request.to_h)
    assert_raises(ArgumentError) { Models::GitConnectionUpdateRequest.new }
    error = assert_raises(ArgumentError) { Models::GitConnectionUpdateRequest.new(branch: "x", brnch: "y") }
    assert_match(/unknown attribute\(s\) :brnch/, error.message)
    extra = Models::GitConnectionUpdateRequest.new(branch: "x", additional_properties: { "note" => 1 })
    assert_equal({ "branch" => "x", "note" => 1 }, extra.to_h)
  end

  def test_models_are_frozen_values_with_pattern_matching
    model = deployment
    assert model.frozen?
    assert_equal deployment, model
    assert_equal deployment.hash, model.hash
    matched = case model
              in { status: "building", app_id: String => id } then id
              end
    assert_equal SdkTest::BASE_APP, matched
    assert_match(/#<AxHub::Models::Deployment id=/, model.inspect)
  end

  def test_times_keep_their_offset_and_encode_in_utc
    line = Models::LogLine.from_h({ "timestamp" => "2026-01-02T03:04:05.123+09:00", "stream" => "stdout",
                                    "message" => "hi" })
    assert_equal Time.utc(2026, 1, 1, 18, 4, 5.123r), line.timestamp
    assert_equal 9 * 3600, line.timestamp.utc_offset
    assert_equal "2026-01-01T18:04:05.123Z", line.to_h["timestamp"]
    assert_equal "stdout", line.stream
    assert Models::LogLineStream.known?(line.stream)
  end
end
