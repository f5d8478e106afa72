# frozen_string_literal: true

# Smoke test of the Ruby SDK's resource methods against a live reference server, written as
# a user would (the friendly surface of issue #16: `client.deployments.trigger(app_id, ...)`):
# the client takes its base URL from AXHUB_BASE_URL; trigger a deployment of shop, read it
# back, wait until it succeeded, read its logs (every page, as one Enumerator) and tail them,
# roll production back to v1 and forward again, list the releases, cancel a second deployment
# ({}), read the app's git connection, see a wrong argument refused before sending, and read
# the error of a call that is not allowed. The waiter and the tail are the resource forms
# (deployments.wait_for, deployments.follow_logs), bounded by a timeout.
# tests/contract/test_smoke_ruby.py runs it:
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

def smoke
  client = AxHub::Client.new(token: "tok_owner") # the base URL comes from AXHUB_BASE_URL
  deployments = client.deployments

  # Trigger a deployment of a given commit, and read it back.
  started = deployments.trigger(SHOP, commit_sha: SHA)
  check(started.is_a?(AxHub::Models::Deployment), "trigger: #{started.inspect}")
  check(started.status == AxHub::Models::DeploymentStatus::PENDING, "trigger: status #{started.status.inspect}")
  check(started.trigger_source == AxHub::Models::TriggerSource::MANUAL,
        "trigger: trigger_source #{started.trigger_source.inspect}")
  check(started.commit_sha == SHA && started.completed_at.nil? && started.set?(:completed_at),
        "trigger: commit #{started.commit_sha.inspect}, completed_at #{started.completed_at.inspect}")
  read = deployments.get(SHOP, started.id)
  check(read.is_a?(AxHub::Models::Deployment) && read.id == started.id, "get: #{read.inspect}")

  # Wait until it succeeded.
  done = deployments.wait_for(SHOP, started.id, timeout: 60, interval: 0.1)
  check(done.id == started.id && done.status == AxHub::Models::DeploymentStatus::SUCCEEDED,
        "wait: #{done.id} is #{done.status.inspect}")
  check(done.failure_reason.nil?, "wait: failure_reason #{done.failure_reason.inspect}")
  check(done.image_uri == "gcr.io/axhub-apps/acme/shop:0123456789ab", "wait: image_uri #{done.image_uri.inspect}")
  check(done.started_at.is_a?(Time) && done.completed_at.is_a?(Time) && done.completed_at >= done.started_at,
        "wait: started_at #{done.started_at.inspect}, completed_at #{done.completed_at.inspect}")
  wire = done.to_h
  check(wire["status"] == "succeeded" && wire["app_id"] == SHOP && wire["completed_at"].is_a?(String),
        "to_h: #{wire.inspect}")

  # Logs: the list method pages through every line, fetching pages as they are consumed.
  first_two = deployments.logs(SHOP, limit: 2).first(2)
  check(first_two.length == 2 && first_two.all?(AxHub::Models::LogLine), "logs: #{first_two.inspect}")
  every_line = deployments.logs(SHOP, limit: 100).to_a
  check(every_line.length == 250 + 6, "logs: #{every_line.length} lines, expected 256")
  check(every_line.all? { |line| line.is_a?(AxHub::Models::LogLine) && line.timestamp.is_a?(Time) },
        "logs: not all LogLine with a Time")
  check(every_line.any? { |line| line.message == "server listening on :8080" }, "logs: the app never came up")

  # Logs, tailed forward from the deployment's start: its six lines in order.
  tailed = deployments.follow_logs(SHOP, since: done.started_at, limit: 100, interval: 0.1, timeout: 30).first(6)
  check(tailed.length == 6, "tail: #{tailed.length} lines")
  check(tailed.first.message.start_with?("deployment #{started.id} queued"), "tail: first #{tailed.first.message}")
  check(tailed.last.message == "server listening on :8080", "tail: last #{tailed.last.message}")
  check(tailed.first.stream == AxHub::Models::LogLineStream::STDOUT, "tail: stream #{tailed.first.stream}")

  # Roll production back to v1, then forward to the new deployment; the releases say so.
  back = deployments.rollback(SHOP, SHOP_V1)
  check(back == {}, "rollback to v1: #{back.inspect}")
  again = deployments.rollback(SHOP, done.id, confirm_schema_skew: false)
  check(again == {}, "rollback to #{done.id}: #{again.inspect}")
  live = deployments.lifecycle.releases(SHOP, limit: 1).select(&:active_prod)
  check(live.map(&:deployment_id) == [done.id], "releases live in production: #{live.map(&:deployment_id)}")

  # A second deployment, cancelled while it runs: {}.
  second = deployments.trigger(SHOP, commit_sha: OTHER_SHA)
  cancelled = deployments.cancel(SHOP, second.id)
  check(cancelled == {}, "cancel: #{cancelled.inspect}, expected {}")
  final = deployments.wait_for(SHOP, second.id, max_polls: 100, interval: 0.1)
  check(final.status == AxHub::Models::DeploymentStatus::CANCELLED && final.current_stage.nil?,
        "cancelled: status #{final.status.inspect}, current_stage #{final.current_stage.inspect}")

  # The app's git connection: one of the union's two shapes.
  git = client.apps.git.get(SHOP)
  check(git.is_a?(AxHub::Models::GitConnectionConnected) || git.is_a?(AxHub::Models::GitConnectionDisconnected),
        "git: #{git.inspect}")

  # A wrong argument is refused by the SDK before anything is sent.
  begin
    deployments.list(SHOP, limit: "ten")
    raise SmokeFailure, "limit: \"ten\" was accepted"
  rescue AxHub::InvalidArgumentError => e
    check(e.message.include?("limit must be an integer"), "wrong type: #{e.message}")
  end

  # A plain member may not deploy.
  member = AxHub::Client.new(token: "tok_member")
  begin
    member.deployments.trigger(SHOP)
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
  smoke
rescue SmokeFailure => e
  puts "SMOKE FAIL: #{e.message}"
  exit 1
end
puts "SMOKE OK"
