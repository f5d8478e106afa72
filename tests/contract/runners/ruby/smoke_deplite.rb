# frozen_string_literal: true

# Smoke test of the Deplite Ruby SDK against a live Deplite reference server, playing both
# sides with the friendly surface (issue #19): the user (tok_owner) makes an enrollment token;
# an agent client enrolls with it and then signs every agent call with its id and secret
# (signing_key_id:, signing_secret:); the agent reports its workflows; the user makes a trigger
# and an API token (plainToken shown once); a client with that token runs the trigger with an
# Idempotency-Key (a replay answers the same job); the agent takes the job from its signed event
# stream, uploads logs and the result; the user waits for the job to reach success and reads its
# logs. A wrong secret is refused as Deplite::AuthenticationError (invalid_signature).
#
# The user API is at DEPLITE_BASE_URL (<root>/api) and the agent API at DEPLITE_AGENT_BASE_URL
# (the server root): the clients read both from the environment. tests/contract/test_smoke_ruby_deplite.py runs it:
#
#   DEPLITE_BASE_URL=http://127.0.0.1:8080/api DEPLITE_AGENT_BASE_URL=http://127.0.0.1:8080 \
#     ruby -w -I sdks/deplite/ruby/lib tests/contract/runners/ruby/smoke_deplite.rb
#
# Prints "SMOKE OK" and exits 0, or names the first check that failed and exits 1.

require "deplite"
require "json"

ORG = "org-abc"

# A smoke check that did not hold.
class SmokeFailure < StandardError; end

def check(condition, message)
  raise SmokeFailure, message unless condition
end

# The user makes an enrollment token; a client holding it enrolls the agent.
def enroll(user)
  enrollment = user.agents.create_enrollment_token_2(ORG, label: "ruby smoke")
  check(enrollment.token.start_with?("enr_"), "enrollment token: #{enrollment.token.inspect}")
  credentials = Deplite::Client.new(token: enrollment.token).agent.enroll(hostname: "runner-rb", version: "1.0")
  check(credentials.agent_id.is_a?(String) && !credentials.agent_secret.to_s.empty?, "enroll: #{credentials.inspect}")
  credentials
end

# The user's trigger for the agent's workflow, and an API token that may run only it.
def trigger_and_token(user, agent_id)
  trigger = user.triggers.create(ORG, agent_id:, name: "deploy-prod", workflow_name: "deploy", type: "webhook",
                                      allowed_refs: ["main", "release/*"])
  token = user.api_tokens.create(ORG, name: "ci", scope_type: "trigger", trigger_ids: [trigger.id])
  check(token.plain_token.to_s.start_with?("tk_"), "api token: plainToken #{token.plain_token.inspect}")
  [trigger, token.plain_token]
end

# Run the trigger with an Idempotency-Key; the same key and body answer the same job.
def run(runner, trigger)
  run = runner.triggers.run(trigger.id, ref: "release/1.2", params: { "env" => "prod" }, idempotency_key: "rb-run-1")
  check(run.is_a?(Deplite::Models::RunQueued) && run.status == "queued", "run: #{run.inspect}")
  again = runner.triggers.run(trigger.id, ref: "release/1.2", params: { "env" => "prod" }, idempotency_key: "rb-run-1")
  check(again.job_id == run.job_id, "run replayed: #{again.job_id} is not #{run.job_id}")
  run.job_id
end

# The first `job` event of the agent's signed stream (the stream is left at once).
def take_job(agent)
  job = nil
  agent.agent.stream do |event|
    next unless event.event == "job"

    job = JSON.parse(event.data)
    break
  end
  job
end

def work(agent, job_id)
  lines = (0..2).map do |seq|
    Deplite::Models::LogLine.new(seq:, stream: "raw", step_name: "build", content: "line #{seq}")
  end
  uploaded = agent.agent.upload_logs(job_id, items: lines)
  check(uploaded.accepted == 3 && uploaded.next_seq == 3, "upload_logs: #{uploaded.inspect}")
  finished = agent.agent.submit_result(job_id, status: "success", exit_code: 0, output: { "url" => "x" })
  check(finished.status == "success", "submit_result: #{finished.inspect}")
  lines
end

def refuse_a_wrong_secret(agent_id)
  forger = Deplite::Client.new(signing_key_id: agent_id, signing_secret: "0" * 64, max_retries: 0)
  forger.agent.heartbeat(version: "1.0")
  raise SmokeFailure, "a wrong secret was accepted"
rescue Deplite::AuthenticationError => e
  check(e.status == 401 && e.code == "invalid_signature", "wrong secret: #{e.status} #{e.code.inspect}")
end

# The enrolled agent, signing with its id and secret, reports its workflows and says it is alive.
def signed_agent(credentials)
  agent = Deplite::Client.new(signing_key_id: credentials.agent_id, signing_secret: credentials.agent_secret)
  reported = agent.agent.report_workflows(workflows: [{ "name" => "deploy", "secretsKeys" => ["AWS_KEY"] }])
  check(reported.count == 1, "report_workflows: #{reported.inspect}")
  beat = agent.agent.heartbeat(version: "1.0")
  check(beat.is_a?(Deplite::Models::HeartbeatAck), "heartbeat: #{beat.inspect}")
  agent
end

# The user waits for the job to succeed and reads its logs, all of them and one page.
def follow_up(user, job_id, lines)
  done = user.jobs.wait_for(job_id, timeout: 30, interval: 0.1)
  check(done.status == "success" && done.exit_code.zero?, "wait: #{done.inspect}")
  logs = user.jobs.logs(job_id).to_a
  check(logs.map(&:content) == lines.map(&:content), "logs: #{logs.map(&:content).inspect}")
  page = user.jobs.logs(job_id, since_seq: 1, limit: 1)
  check(page.items.map(&:seq) == [1], "logs page: #{page.items.inspect}")
end

def smoke
  user = Deplite::Client.new(token: "tok_owner") # both base URLs come from the environment
  credentials = enroll(user)
  agent = signed_agent(credentials)
  trigger, plain_token = trigger_and_token(user, credentials.agent_id)
  job_id = run(Deplite::Client.new(token: plain_token), trigger)

  job = take_job(agent)
  check(job && job["jobId"] == job_id && job["workflowName"] == "deploy" && job["params"] == { "env" => "prod" },
        "stream: #{job.inspect}")
  check(user.jobs.get(job_id).status == "running", "the job is not running once taken")
  follow_up(user, job_id, work(agent, job_id))
  refuse_a_wrong_secret(credentials.agent_id)
  puts "SMOKE OK"
end

begin
  smoke
rescue SmokeFailure, Deplite::Error => e
  warn "SMOKE FAILED: #{e.class}: #{e.message}"
  exit 1
end
