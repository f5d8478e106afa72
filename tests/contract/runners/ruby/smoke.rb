# frozen_string_literal: true

# Smoke test of the Ruby SDK's typed surface against a live reference server, written
# as a user would: trigger a deployment of shop, wait until it succeeded, read its logs
# (paged with each_ and tailed with tail_logs), roll production back to it, cancel a
# second one ({}), and read the error of a call that is not allowed. AXHUB_BASE_URL
# names the server (freshly reset). tests/contract/test_smoke_ruby.py runs it:
#
#   AXHUB_BASE_URL=http://127.0.0.1:8080 ruby -w -I sdks/axhub/ruby/lib tests/contract/runners/ruby/smoke.rb
#
# Prints "SMOKE OK" and exits 0, or names the first check that failed and exits 1.

require "axhub"

SHOP = "0c000000-0000-4000-8000-000000000001"
SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef"

# A smoke check that did not hold.
class SmokeFailure < StandardError; end

def check(condition, message)
  raise SmokeFailure, message unless condition
end

def smoke(base_url)
  client = AxHub::Client.new(base_url: base_url, token: "tok_owner")
  deployments = client.deployments

  # Trigger a deployment of a given commit.
  started = deployments.deploy_post_api_v1_apps_by_app_id_deployments(
    path_params: { "appID" => SHOP }, body: AxHub::Models::TriggerDeploymentRequest.new(commit_sha: SHA)
  )
  check(started.is_a?(AxHub::Models::Deployment), "trigger: #{started.inspect}")
  check(started.status == AxHub::Models::DeploymentStatus::PENDING, "trigger: status #{started.status.inspect}")
  check(started.trigger_source == AxHub::Models::TriggerSource::MANUAL,
        "trigger: trigger_source #{started.trigger_source.inspect}")
  check(started.commit_sha == SHA && started.completed_at.nil? && started.set?(:completed_at),
        "trigger: commit #{started.commit_sha.inspect}, completed_at #{started.completed_at.inspect}")

  # Wait until it succeeded.
  done = deployments.wait_for_deployment(path_params: { "appID" => SHOP, "did" => started.id }, timeout: 60,
                                         interval: 0.1)
  check(done.id == started.id && done.status == AxHub::Models::DeploymentStatus::SUCCEEDED,
        "wait: #{done.id} is #{done.status.inspect}")
  check(done.failure_reason.nil?, "wait: failure_reason #{done.failure_reason.inspect}")
  check(done.image_uri == "gcr.io/axhub-apps/acme/shop:0123456789ab", "wait: image_uri #{done.image_uri.inspect}")
  check(done.started_at.is_a?(Time) && done.completed_at.is_a?(Time) && done.completed_at >= done.started_at,
        "wait: started_at #{done.started_at.inspect}, completed_at #{done.completed_at.inspect}")
  wire = done.to_h
  check(wire["status"] == "succeeded" && wire["app_id"] == SHOP && wire["completed_at"].is_a?(String),
        "to_h: #{wire.inspect}")

  # Logs, paged backward: the newest page ends with the app coming up.
  newest = deployments.deploy_get_api_v1_apps_by_app_id_logs(path_params: { "appID" => SHOP }, query: { "limit" => 2 })
  check(newest.is_a?(AxHub::Models::LogPage) && newest.has_more && newest.lines.length == 2,
        "logs: #{newest.inspect}")
  check(newest.lines.last.message == "server listening on :8080", "logs: last #{newest.lines.last.message.inspect}")
  every_line = deployments.each_deploy_get_api_v1_apps_by_app_id_logs(
    path_params: { "appID" => SHOP }, query: { "limit" => 100 }
  ).to_a
  check(every_line.length == 250 + 6, "each logs: #{every_line.length} lines, expected 256")
  check(every_line.all? { |line| line.is_a?(AxHub::Models::LogLine) && line.timestamp.is_a?(Time) },
        "each logs: not all LogLine with a Time")

  # Logs, tailed forward from the deployment's start: its six lines in order.
  deadline = Process.clock_gettime(Process::CLOCK_MONOTONIC) + 30
  tailed = deployments.tail_logs(
    path_params: { "appID" => SHOP }, query: { "since" => done.started_at, "limit" => 100 }, interval: 0.1,
    stop: -> { Process.clock_gettime(Process::CLOCK_MONOTONIC) >= deadline }
  ).first(6)
  check(tailed.length == 6, "tail: #{tailed.length} lines")
  check(tailed.first.message.start_with?("deployment #{started.id} queued"), "tail: first #{tailed.first.message}")
  check(tailed.last.message == "server listening on :8080", "tail: last #{tailed.last.message}")
  check(tailed.first.stream == AxHub::Models::LogLineStream::STDOUT, "tail: stream #{tailed.first.stream}")

  # Roll production back to v1, then back to the new deployment.
  back = deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback(
    path_params: { "appID" => SHOP, "did" => SHOP_V1 }
  )
  check(back == {}, "rollback to v1: #{back.inspect}")
  again = deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_rollback(
    path_params: { "appID" => SHOP, "did" => done.id },
    body: AxHub::Models::RollbackRequest.new(confirm_schema_skew: false)
  )
  check(again == {}, "rollback to #{done.id}: #{again.inspect}")
  live = deployments.each_deploy_get_api_v1_apps_by_app_id_releases(
    path_params: { "appID" => SHOP }, query: { "limit" => 1 }
  ).select(&:active_prod)
  check(live.map(&:deployment_id) == [done.id], "releases live in production: #{live.map(&:deployment_id)}")

  # A second deployment, cancelled while it runs: {}.
  second = deployments.deploy_post_api_v1_apps_by_app_id_deployments(
    path_params: { "appID" => SHOP }, body: { "commit_sha" => OTHER_SHA }
  )
  cancelled = deployments.deploy_post_api_v1_apps_by_app_id_deployments_by_did_cancel(
    path_params: { "appID" => SHOP, "did" => second.id }
  )
  check(cancelled == {}, "cancel: #{cancelled.inspect}, expected {}")
  final = deployments.wait_for_deployment(path_params: { "appID" => SHOP, "did" => second.id }, timeout: 10,
                                          interval: 0.1)
  check(final.status == AxHub::Models::DeploymentStatus::CANCELLED && final.current_stage.nil?,
        "cancelled: status #{final.status.inspect}, current_stage #{final.current_stage.inspect}")

  # A plain member may not deploy.
  member = AxHub::Client.new(base_url: base_url, token: "tok_member")
  begin
    member.deployments.deploy_post_api_v1_apps_by_app_id_deployments(path_params: { "appID" => SHOP })
    raise SmokeFailure, "a plain member's trigger succeeded"
  rescue AxHub::PermissionDeniedError => e
    check(e.status == 403 && e.code == "forbidden" && e.operation_id == "deployPostApiV1AppsByAppIDDeployments",
          "403: status #{e.status}, code #{e.code.inspect}, operation #{e.operation_id.inspect}")
    check(e.is_a?(AxHub::ClientError) && e.is_a?(AxHub::APIStatusError) && e.is_a?(AxHub::Error),
          "403: #{e.class.ancestors.take(4)}")
    body = e.body.respond_to?(:to_h) ? e.body.to_h : e.body
    check(body.is_a?(Hash) && body["code"] == "forbidden", "403: body #{e.body.inspect}")
    check(e.message.include?("deployPostApiV1AppsByAppIDDeployments") && e.message.include?("403 forbidden"),
          "403: message #{e.message.inspect}")
  ensure
    member.close
  end
ensure
  client&.close
end

base_url = ENV.fetch("AXHUB_BASE_URL", "")
if base_url.empty?
  warn "AXHUB_BASE_URL is not set"
  exit 2
end
begin
  smoke(base_url)
rescue SmokeFailure => e
  puts "SMOKE FAIL: #{e.message}"
  exit 1
end
puts "SMOKE OK"
