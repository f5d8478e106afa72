# frozen_string_literal: true

require_relative "platform_helper"

# x-sdkgen-session: a login's pair kept, refreshed before expiry or once after a 401, rotated,
# one refresh at a time, a revoked refresh token ending the session.
class SessionTest < PlatformTest::TestCase
  USER = {
    "id" => "usr_1", "email" => "ada@example.com", "displayName" => "Ada", "emailVerified" => true,
    "isActive" => true, "authMethods" => ["password"], "createdAt" => "2026-12-01T00:00:00Z",
    "updatedAt" => "2026-12-01T00:00:00Z"
  }.freeze

  # An auth server: access tokens a<n>, refresh tokens r<n>; a refresh revokes the one sent.
  # `hold` tenant calls with a stale token are answered only once that many have arrived (so
  # that they are all in flight together).
  class FakeAuth
    attr_reader :refreshes

    def initialize(access: "a0", refresh: "r0", expires_in: 900, hold: 0)
      @access = access
      @refresh = refresh
      @expires_in = expires_in
      @generation = 0
      @refreshes = []
      @lock = Mutex.new
      @arrived = ConditionVariable.new
      @hold = hold
      @stale = 0
    end

    def transport
      PlatformTest::FakeTransport.new { |request| answer(request) }
    end

    def answer(request)
      case request.operation_id
      when "login" then @lock.synchronize { [200, rotate] }
      when "refreshSession" then refresh(JSON.parse(request.body)["refreshToken"])
      when "logout" then @lock.synchronize { [200, { "message" => "bye" }] }
      else tenant(request["Authorization"])
      end
    end

    def session(access, refresh)
      { "accessToken" => access, "refreshToken" => refresh, "tokenType" => "Bearer", "expiresIn" => @expires_in,
        "user" => USER, "memberships" => [] }
    end

    private

    def rotate
      @generation += 1
      @access = "a#{@generation}"
      @refresh = "r#{@generation}"
      session(@access, @refresh)
    end

    def refresh(sent)
      @lock.synchronize do
        @refreshes << sent
        return [401, { "code" => "invalid_refresh_token", "message" => "revoked" }] unless sent == @refresh

        [200, rotate]
      end
    end

    def tenant(authorization)
      @lock.synchronize do
        return [200, PlatformTest::TENANT] if authorization == "Bearer #{@access}"

        @stale += 1
        @arrived.broadcast
        @arrived.wait(@lock, 30) while @stale < @hold
        [401, { "code" => "unauthorized", "message" => "token expired" }]
      end
    end
  end

  def test_a_login_answer_opens_the_session_and_calls_carry_its_token
    auth = FakeAuth.new
    fake = auth.transport
    platform = client(fake, token: nil)
    platform.auth.login(body: { "email" => "ada@example.com", "password" => "pw" })
    assert_equal "a1", platform.tenants.current && platform.session_tokens[:access_token]
    assert_equal "Bearer a1", fake.sent("getCurrentTenant").first["Authorization"]
    assert_nil fake.sent("login").first["Authorization"]
    assert_empty auth.refreshes
  end

  def test_ten_concurrent_calls_with_an_expired_access_token_cause_exactly_one_refresh
    auth = FakeAuth.new(access: "a-current", refresh: "r0", hold: 10)
    fake = auth.transport
    platform = client(fake, token: nil, access_token: "a-expired", refresh_token: "r0")
    threads = Array.new(10) { Thread.new { platform.tenants.current.id } }
    assert_equal ["ten_1"] * 10, threads.map(&:value)
    assert_equal ["r0"], auth.refreshes
    assert_equal %w[a1 r1], platform.session_tokens.values_at(:access_token, :refresh_token)
    assert_equal 20, fake.sent("getCurrentTenant").length # each sent twice: the 401, then the retry
  end

  def test_the_token_is_refreshed_before_it_expires
    clock = PlatformTest::Clock.new
    auth = FakeAuth.new(expires_in: 60)
    fake = auth.transport
    platform = client(fake, token: nil, wall_clock: clock)
    platform.auth.login(body: { "email" => "ada@example.com", "password" => "pw" })
    platform.tenants.current
    assert_empty auth.refreshes
    clock.sleeper.call(31) # past the margin (half of 60 s)
    platform.tenants.current
    assert_equal ["r1"], auth.refreshes
    sent = fake.sent("getCurrentTenant").map { |request| request["Authorization"] }
    assert_equal ["Bearer a1", "Bearer a2"], sent
  end

  def test_a_revoked_refresh_token_is_the_authentication_error_and_is_not_retried
    auth = FakeAuth.new(access: "a-current", refresh: "r-current")
    platform = client(auth.transport, token: nil, access_token: "a-old", refresh_token: "r-revoked")
    error = assert_raises(PlatformSdk::AuthenticationError) { platform.tenants.current }
    assert_equal 401, error.status
    assert_equal ["r-revoked"], auth.refreshes
    assert_nil platform.session_tokens[:refresh_token]
    assert_raises(PlatformSdk::AuthenticationError) { platform.tenants.current }
    assert_equal ["r-revoked"], auth.refreshes # no refresh token left to try
  end

  # A store: what it held is loaded before the first call, every change saved.
  class Store
    attr_reader :saved

    def initialize(held)
      @held = held
      @saved = []
    end

    def load
      @held
    end

    def save(tokens)
      @saved << tokens
    end
  end

  def test_a_store_loads_and_persists_the_tokens
    auth = FakeAuth.new(access: "a-current", refresh: "r0")
    store = Store.new({ access_token: "a-stored", refresh_token: "r0", expires_at: nil })
    platform = client(auth.transport, token: nil, session_store: store)
    platform.tenants.current
    assert_equal ["r0"], auth.refreshes
    assert_equal %w[a1 r1], store.saved.map { |tokens| tokens.values_at(:access_token, :refresh_token) }.flatten
    assert_raises(PlatformSdk::InvalidArgumentError) { client(auth.transport, session_store: Object.new) }
  end

  def test_a_logout_sends_the_refresh_token_and_ends_the_session
    auth = FakeAuth.new
    fake = auth.transport
    platform = client(fake, token: nil)
    platform.auth.login(body: { "email" => "ada@example.com", "password" => "pw" })
    platform.auth.logout
    logout = fake.sent("logout").first
    assert_equal({ "refreshToken" => "r1" }, JSON.parse(logout.body))
    assert_equal "Bearer a1", logout["Authorization"]
    assert_nil platform.session_tokens[:access_token]
  end

  def test_apis_without_sessions_have_none
    assert_nil Axhub::Client.new(token: "t", environment: {}).session_tokens if defined?(Axhub)
    assert PlatformSdk::OPERATIONS.fetch("refreshSession").session.request_field == "refreshToken"
  end
end
