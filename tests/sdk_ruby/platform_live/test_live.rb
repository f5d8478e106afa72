# frozen_string_literal: true

# The generated Platform gem against the real reference server (`python -m reference_server --api
# platform --faults --manual-clock`, started by tests/sdk_ruby/test_ruby_platform.py, its base URL in
# PLATFORM_LIVE_URL and the stream cut after 2 events by PLATFORM_STREAM_CUT_AFTER).

require "minitest/autorun"
require "net/http"
require "securerandom"
require "webrick"
require "platform_sdk"

# Sessions, tenants and the resumed stream of the Platform gem over real HTTP.
class LiveTest < Minitest::Test
  ROOT = ENV.fetch("PLATFORM_LIVE_URL")
  ADMIN_KEY = ENV.fetch("PLATFORM_ADMIN_KEY")

  def setup
    @sent = Hash.new(0)
    @lock = Mutex.new
  end

  def client(**settings)
    count = ->(request) { @lock.synchronize { @sent[request.operation_id] += 1 } }
    PlatformSdk::Client.new(base_url: "#{ROOT}/v1", environment: {}, max_retries: 0, on_request: count, **settings)
  end

  def advance(seconds)
    response = Net::HTTP.post(URI("#{ROOT}/_admin/advance?seconds=#{seconds}"), "", "Content-Type" => "text/plain")
    assert_equal "200", response.code
  end

  def register(platform)
    email = "rb-#{SecureRandom.hex(4)}@example.com"
    platform.auth.register(body: { "email" => email, "password" => "correct horse", "displayName" => "Rb" })
  end

  def signed_in
    platform = client(token: nil)
    tenant = register(platform).memberships.first.tenant_id
    [platform.with_options(tenant_id: tenant), tenant]
  end

  def test_ten_concurrent_calls_with_an_expired_access_token_cause_one_refresh
    platform, tenant = signed_in
    assert_equal tenant, platform.tenants.current.id
    first = platform.session_tokens
    advance(901) # past the access token's 900 s
    threads = Array.new(10) { Thread.new { platform.tenants.current.id } }
    assert_equal [tenant] * 10, threads.map(&:value)
    assert_equal 1, @sent["refreshSession"]
    refute_equal first[:refresh_token], platform.session_tokens[:refresh_token]
  end

  def test_the_rotated_refresh_token_is_refused_and_ends_a_session_that_holds_it
    platform, tenant = signed_in
    first = platform.session_tokens
    advance(901)
    platform.tenants.current # refreshes: first[:refresh_token] is revoked
    error = assert_raises(PlatformSdk::AuthenticationError) do
      client.request("refreshSession", body: { "refreshToken" => first[:refresh_token] })
    end
    assert_equal 401, error.status
    stale = client(access_token: "not-a-token", refresh_token: first[:refresh_token], tenant_id: tenant)
    assert_raises(PlatformSdk::AuthenticationError) { stale.tenants.current }
    assert_nil stale.session_tokens[:refresh_token]
  end

  def test_a_user_without_the_tenant_header_is_refused_and_an_admin_key_works_without_it
    platform = client(token: nil)
    register(platform)
    assert_raises(PlatformSdk::APIStatusError) { platform.tenants.current }
    admin = client(token: ADMIN_KEY)
    assert admin.tenants.current.id
  end

  def test_a_cut_stream_resumes_with_nothing_lost_or_repeated
    admin = client(token: ADMIN_KEY)
    known = admin.tenants.current.id
    4.times { register(client(token: nil)) } # each sign-up logs tenant.created on the root tenant
    ids = []
    admin.stream("streamEvents") do |event|
      ids << event.id
      break if ids.length >= 4 && @sent["streamEvents"] >= 2
    end
    assert_equal ids.uniq, ids
    assert_equal ids.sort_by(&:to_i), ids
    assert_operator @sent["streamEvents"], :>=, 2, "the server cut the stream at least once (#{known})"
  end

  # A webhook receiver on an ephemeral port: each delivery's raw body and headers in #deliveries.
  class Receiver
    attr_reader :deliveries

    def initialize
      @deliveries = Queue.new
      started = Queue.new
      @server = WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 0, Logger: WEBrick::Log.new(File::NULL),
                                        AccessLog: [], StartCallback: -> { started << true })
      @server.mount_proc("/") do |request, response|
        headers = request.header.transform_values { |values| values.join(", ") }
        @deliveries << [request.body.to_s, headers]
        response.status = 200
        response.body = "ok"
      end
      @thread = Thread.new { @server.start }
      started.pop
    end

    def url
      "http://127.0.0.1:#{@server.config[:Port]}/hook"
    end

    def close
      @server.shutdown
      @thread.join
    end
  end

  def verifier(*secrets)
    PlatformSdk::Client.webhook_verifier(*secrets)
  end

  # Ask the server for a test delivery of webhook `id`; the [body, headers] the receiver got.
  def delivered(owner, receiver, id)
    owner.request("testWebhook", path_params: { "webhookId" => id })
    receiver.deliveries.pop
  end

  # A signed-in owner's new webhook to a new receiver: [owner, receiver, the creation's answer].
  def webhook
    receiver = Receiver.new
    owner, = signed_in
    created = owner.request("createWebhook",
                            body: { "name" => "Rb", "url" => receiver.url, "events" => ["member.added"] })
    [owner, receiver, created]
  end

  def test_a_delivery_from_the_server_is_verified_and_a_tampered_one_refused
    owner, receiver, created = webhook
    body, headers = delivered(owner, receiver, created.webhook.id)
    delivery = verifier(created.secret).verify(body, headers)
    assert_instance_of PlatformSdk::Models::TenantCreatedEvent, delivery.event
    assert delivery.test?
    tampered = body.sub("tenant", "tenanT")
    assert_raises(PlatformSdk::WebhookVerificationError) { verifier(created.secret).verify(tampered, headers) }
  ensure
    receiver&.close
  end

  def test_both_secrets_verify_during_a_rotation
    owner, receiver, created = webhook
    rotated = owner.request("rotateWebhookSecret", path_params: { "webhookId" => created.webhook.id })
    body, headers = delivered(owner, receiver, created.webhook.id)
    assert verifier(created.secret, rotated.secret).verify(body, headers)
    assert_raises(PlatformSdk::WebhookVerificationError) { verifier(created.secret).verify(body, headers) }
  ensure
    receiver&.close
  end
end
