# frozen_string_literal: true

# The generated gems of two construct cases (tests/generation/cases) against the local test
# server: each security scheme of security.yaml through its generated method, and the
# event stream of params_bodies.yaml. Run by tests/sdk_ruby/test_ruby_sdk.py with the case
# gems' lib folders on the load path.

require_relative "../test/test_helper"
require "security"
require "params_bodies"

# security.yaml: one operation per scheme, and one without security.
class GeneratedSecurityTest < SdkTest::TestCase
  def secure_client
    Security::Client.new(
      base_url: @server.url, max_retries: 0, token: "tok", username: "ann", password: "pw", api_key: "k3y",
      client_id: "app", client_secret: "s3cret", token_url: "#{@server.url}/token", scopes: ["read"]
    )
  end

  def sent(method)
    @server.reply do |request|
      request.path == "/token" ? [200, {}, { "access_token" => "t1", "expires_in" => 3600 }] : [204, {}, nil]
    end
    secure_client.default.public_send(method)
    @server.received.last
  end

  def test_every_scheme_sends_its_credential
    assert_equal "Bearer tok", sent(:with_bearer).header("authorization")
    assert_equal "Basic #{["ann:pw"].pack("m0")}", sent(:with_basic).header("authorization")
    assert_equal "k3y", sent(:with_header_key).header("x-api-key")
    assert_equal [%w[api_key k3y]], sent(:with_query_key).query
    assert_equal "session_key=k3y", sent(:with_cookie_key).header("cookie")
    assert_equal "Bearer t1", sent(:with_oauth).header("authorization")
  end

  def test_the_public_operation_sends_nothing
    request = sent(:public_call)
    assert_nil request.header("authorization")
    assert_nil request.header("x-api-key")
    assert_nil request.header("cookie")
    assert_empty request.query
  end

  def test_the_table_describes_each_scheme
    oauth = Security::OPERATIONS.fetch("withOauth").security.first
    assert_equal ["oauth2", "https://auth.example.com/token"], [oauth.kind, oauth.token_url]
    assert_empty Security::OPERATIONS.fetch("publicCall").security
    keys = Security::SECURITY_SCHEMES.values_at("headerKey", "queryKey", "cookieKey")
    assert_equal %w[header query cookie], keys.map(&:location)
  end
end

# params_bodies.yaml: GET /events answers text/event-stream.
class GeneratedStreamTest < SdkTest::TestCase
  def events_client
    ParamsBodies::Client.new(base_url: @server.url, max_retries: 0)
  end

  def test_the_generated_method_yields_events_as_they_arrive
    @server.replies([200, { "Content-Type" => "text/event-stream" }, proc do |out|
      ["id: 1\ndata: {\"n\"", ": 1}\n\n", "event: done\ndata: bye\n\n"].each { |chunk| out.write(chunk) }
    end])
    events = []
    assert_nil(events_client.default.stream_events { |event| events << event })
    assert_equal [{ "n" => 1 }, "bye"], [JSON.parse(events[0].data), events[1].data]
    assert_equal([%w[message 1], %w[done 1]], events.map { |event| [event.event, event.id] })
  end

  def test_without_a_block_the_method_returns_an_enumerator
    @server.replies([200, {}, "data: a\n\ndata: b\n\n"])
    events = events_client.default.stream_events
    assert_instance_of Enumerator, events
    assert_equal ["a"], events.first(1).map(&:data)
    assert ParamsBodies::OPERATIONS.fetch("streamEvents").streams?
    refute ParamsBodies::OPERATIONS.fetch("getBlob").streams?
  end
end
