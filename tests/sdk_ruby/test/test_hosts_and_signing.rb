# frozen_string_literal: true

require_relative "test_helper"
require "deplite"

# Issue #19 in the runtime, through the generated Deplite client: operations that go to a host
# of their own (agent_base_url, DEPLITE_AGENT_BASE_URL), and the request signature (RequestSigner,
# signing_key_id and signing_secret), with the test vectors every SDK reproduces.
class HostsAndSigningTest < SdkTest::TestCase
  SECRET = "ags_test_secret"
  NONCE = "00112233445566778899aabbccddeeff"
  BODY = '{"status":"success","exitCode":0}'

  def setup
    super
    @agent = SdkTest::Server.new
  end

  def teardown
    super
    @agent.stop
  end

  def deplite(**settings)
    made = Deplite::Client.new(base_url: "#{@server.url}/api", agent_base_url: @agent.url, max_retries: 0,
                               clock: @clock.clock, wall_clock: @clock.wall_clock, sleeper: @clock.sleeper,
                               jitter: -> { 0.5 }, environment: {}, **settings)
    (@clients ||= []) << made
    made
  end

  def fixed_signer(signature = nil)
    if signature.nil?
      return Deplite::Client.request_signer(key_id: "agt_1", secret: SECRET, clock: -> { 1_700_000_000 },
                                            nonce: -> { NONCE })
    end

    Deplite::RequestSigner.new(key_id: "agt_1", secret: SECRET, signature:, clock: -> { 1_700_000_000 },
                               nonce: -> { NONCE })
  end

  # Is this request signed as the signature says, with `secret`?
  def assert_signed(received, secret: SECRET, target: received.path)
    again = Deplite::Client.request_signer(key_id: "x", secret:, clock: -> { Integer(received.header("X-Timestamp")) },
                                           nonce: -> { received.header("X-Nonce") })
    expected = again.sign(received.http_method, target, received.body.empty? ? nil : received.body)
    assert_equal expected["X-Signature"], received.header("X-Signature")
    assert_match(/\A\h{32}\z/, received.header("X-Nonce"))
  end

  def test_the_shared_test_vectors
    headers = fixed_signer.sign("POST", "/agent/jobs/job_1/result?x=1", BODY)
    assert_equal "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6", headers["X-Signature"]
    assert_equal({ "X-Agent-Id" => "agt_1", "X-Timestamp" => "1700000000", "X-Nonce" => NONCE },
                 headers.except("X-Signature"))
    assert_equal "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99",
                 fixed_signer.sign("get", "/agent/stream")["X-Signature"]
    base64 = Deplite::RequestSignature.new(key_id_header: "K", timestamp_header: "T", nonce_header: "N",
                                           signature_header: "S", encoding: "base64")
    assert_equal "n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY=",
                 fixed_signer(base64).sign("POST", "/agent/jobs/job_1/result?x=1", BODY)["S"]
  end

  def test_a_signer_refuses_what_it_cannot_sign_and_keeps_its_secret
    scheme = Deplite::SECURITY_SCHEMES.fetch("agentSignature")
    odd = Deplite::RequestSignature.new(key_id_header: "K", timestamp_header: "T", nonce_header: "N",
                                        signature_header: "S", encoding: "base32")
    [["", "s", scheme], ["k", "", scheme], ["k", "s", odd]].each do |key_id, secret, signature|
      assert_raises(Deplite::InvalidArgumentError) { Deplite::RequestSigner.new(key_id:, secret:, signature:) }
    end
    error = assert_raises(AxHub::InvalidArgumentError) { AxHub::Client.request_signer(key_id: "k", secret: "s") }
    assert_match(/no signed security scheme/, error.message)
    refute_includes Deplite::RequestSigner.new(key_id: "k", secret: "hush", signature: scheme).inspect, "hush"
    assert_equal "/a/b?c=1", Deplite::RequestSigner.target_of("https://h.example:8443/a/b?c=1#frag")
    assert_equal "/", Deplite::RequestSigner.target_of("https://h.example")
  end

  def test_agent_operations_go_to_the_agent_host_signed_and_the_others_to_base_url
    @server.reply { [200, {}, { "items" => [], "nextSeq" => 0 }] }
    @agent.reply { [200, {}, { "accepted" => 1, "nextSeq" => 1 }] }
    client = deplite(token: "tok_user", signing_key_id: "agt_1", signing_secret: SECRET)
    client.agent.upload_logs("j 1", items: [{ "seq" => 0, "stream" => "raw", "stepName" => "", "content" => "x" }])
    client.jobs.logs("j_1", limit: 5).items
    (signed,) = @agent.received
    assert_equal "/agent/jobs/j%201/logs", signed.path
    assert_equal "agt_1", signed.header("X-Agent-Id")
    assert_nil signed.header("Authorization") # the agent operation accepts the signature only
    assert_signed(signed)
    (user,) = @server.received
    assert_equal "/api/jobs/j_1/logs", user.path
    assert_equal "Bearer tok_user", user.header("Authorization")
    assert_nil user.header("X-Signature")
  end

  def test_the_query_is_part_of_the_signed_target_and_request_by_operation_id_goes_to_the_host_too
    @agent.reply { [200, {}, { "accepted" => 0, "nextSeq" => 0 }] }
    client = deplite(signing_key_id: "agt_1", signing_secret: SECRET)
    client.request("uploadJobLogs", path_params: { "jobId" => "j_1" }, body: { "items" => [] },
                                    options: { extra_query: { "x" => "1" } })
    (signed,) = @agent.received
    assert_equal [%w[x 1]], signed.query
    assert_signed(signed, target: "/agent/jobs/j_1/logs?x=1")
  end

  def test_every_attempt_is_signed_again_with_a_fresh_nonce
    @agent.replies([503, {}, { "code" => "unavailable" }], [200, {}, { "serverTime" => "2026-01-01T00:00:00Z" }])
    client = deplite(signing_key_id: "agt_1", signing_secret: SECRET, max_retries: 2)
    client.agent.heartbeat(version: "1.0")
    attempts = @agent.received
    assert_equal 2, attempts.length
    attempts.each { |attempt| assert_signed(attempt) }
    refute_equal attempts[0].header("X-Nonce"), attempts[1].header("X-Nonce")
  end

  def test_the_signature_and_the_secret_never_reach_the_log
    @agent.reply { [200, {}, { "count" => 0 }] }
    out = StringIO.new
    client = deplite(signing_key_id: "agt_1", signing_secret: SECRET, logger: Logger.new(out))
    client.agent.report_workflows(workflows: [])
    (signed,) = @agent.received
    refute_includes out.string, SECRET
    refute_includes out.string, signed.header("X-Signature")
    assert_includes out.string, "agt_1"
    refute_includes client.instance_variable_get(:@credentials).inspect, SECRET
  end

  def test_hosts_and_signing_keys_come_from_the_environment_and_arguments_win
    env = { "DEPLITE_AGENT_BASE_URL" => "https://agent.example.test/", "DEPLITE_SIGNING_KEY_ID" => "agt_env",
            "DEPLITE_SIGNING_SECRET" => "s", "DEPLITE_BASE_URL" => "https://app.example.test/api" }
    from_env = Deplite::Client.new(environment: env)
    assert_equal "https://agent.example.test", from_env.agent_base_url
    assert_equal "https://app.example.test/api", from_env.base_url
    assert_equal "agt_env", from_env.instance_variable_get(:@credentials).signing_key_id
    given = Deplite::Client.new(environment: env, agent_base_url: "http://127.0.0.1:1", signing_key_id: "agt_arg")
    assert_equal "http://127.0.0.1:1", given.agent_base_url
    assert_equal "agt_arg", given.instance_variable_get(:@credentials).signing_key_id
    default = Deplite::Client.new(token: "t", environment: {})
    assert_equal "https://api.deplite.io", default.agent_base_url
    assert_equal "https://app.deplite.io/api", default.base_url
    assert_equal "https://other.example.test", default.with_options(agent_base_url: "https://other.example.test")
                                                      .agent_base_url
    assert_equal "https://api.deplite.io", default.agent_base_url
  end

  def test_bad_hosts_and_half_a_signing_key_are_refused_when_the_client_is_built
    error = assert_raises(Deplite::InvalidArgumentError) do
      Deplite::Client.new(token: "t", agent_base_url: "localhost:8080", environment: {})
    end
    assert_match(/agent_base_url must be an absolute http\(s\) URL/, error.message)
    assert_raises(Deplite::InvalidArgumentError) do
      Deplite::Client.new(token: "t", environment: { "DEPLITE_AGENT_BASE_URL" => "ftp://x.example" })
    end
    assert_raises(Deplite::InvalidArgumentError) do
      Deplite::Client.new(token: "t", environment: {}).with_options(agent_base_url: "nope")
    end
    half = assert_raises(Deplite::InvalidArgumentError) { Deplite::Client.new(signing_key_id: "a", environment: {}) }
    assert_match(/give both or neither/, half.message)
    assert_raises(Deplite::InvalidArgumentError) do
      Deplite::Client.new(environment: { "DEPLITE_SIGNING_SECRET" => "s" })
    end
    named = Deplite::Internal::Config.credential_options([Deplite::SECURITY_SCHEMES["agentSignature"]], "DEPLITE")
    assert_equal ["signing_key_id: and signing_secret: (or DEPLITE_SIGNING_KEY_ID and DEPLITE_SIGNING_SECRET)"], named
  end

  def test_the_stream_is_signed_and_a_refused_signature_is_an_authentication_error
    @agent.replies([200, { "Content-Type" => "text/event-stream" }, "event: job\ndata: {\"jobId\":\"j_1\"}\n\n"],
                   [401, {}, { "statusCode" => 401, "code" => "invalid_signature", "message" => "bad" }])
    client = deplite(signing_key_id: "agt_1", signing_secret: SECRET)
    events = client.agent.stream.to_a
    assert_equal ["job"], events.map(&:event)
    (opened,) = @agent.received
    assert_signed(opened)
    error = assert_raises(Deplite::AuthenticationError) { client.agent.heartbeat(version: "1") }
    assert_equal "invalid_signature", error.code
  end
end
