# frozen_string_literal: true

require_relative "test_helper"

# The per-call fast paths against the general ones they stand in for: in-place model decoding
# (and its cache of key lists), the query string, the request target, the credentials and
# headers kept per client, and Net::HTTP headers.
class FastPathsTest < SdkTest::TestCase
  Models = AxHub::Models
  Serde = AxHub::Internal::Serde

  # What a model decoded from `data` must hold, worked out the plain way: every key by itself,
  # declared ones decoded by their type, the others kept as additional properties.
  def expected(model_class, data)
    values = {}
    extra = {}
    data.each do |key, value|
      attribute = model_class.attributes_by_wire[key.to_s]
      if attribute.nil?
        extra[key.to_s] = value
      else
        values[key.to_s] = plain_decode(value, attribute.type)
      end
    end
    [values, extra]
  end

  def plain_decode(value, type)
    return value if value.nil?

    case type
    when :date_time then (value.is_a?(String) && AxHub::Internal::Times.parse_time(value)) || value
    when Array then value.is_a?(Array) ? value.map { |item| plain_decode(item, type[1]) } : value
    else named_decode(value, type)
    end
  end

  # The models of this SDK's deployments are the only named types that change a value.
  def named_decode(value, type)
    target = Models.const_get(type, false) if type.is_a?(Symbol) && type.name.match?(/\A[A-Z]/)
    target.is_a?(Class) && target < AxHub::Model && value.is_a?(Hash) ? model_value(target, value) : value
  end

  def model_value(model_class, data)
    values, extra = expected(model_class, data)
    [model_class, values, extra]
  end

  # The same triple from a decoded model, for comparison.
  def actual(value)
    case value
    when AxHub::Model
      values = value.class.attributes.each_value.select { |attribute| value.set?(attribute.name) }
                    .to_h { |attribute| [attribute.wire, actual(value[attribute.wire])] }
      [value.class, values, value.additional_properties]
    when Array then value.map { |item| actual(item) }
    else value
    end
  end

  def deployments
    base = SdkTest::DEPLOYMENT.merge("started_at" => "2025-05-01T10:00:00Z", "completed_at" => "2025-05-01T10:00:08Z")
    reordered = base.to_a.reverse.to_h
    [
      base, base, reordered, base.merge("extra" => { "a" => [1] }), base.except("id"),
      base.merge("started_at" => "not a time", "completed_at" => 5),
      base.merge("failure_reason" => { "code" => "x", "more" => true }), base.merge("failure_reason" => "odd"),
      base.transform_keys(&:to_sym), base.merge(id: "symbol wins"), {}, { "zzz" => nil }, base
    ]
  end

  def test_in_place_decoding_matches_decoding_each_key_by_itself
    deployments.each do |data|
      model = Models::Deployment.decode!(Serde.copy(data))
      assert_equal model_value(Models::Deployment, data), actual(model), data.inspect
      assert model.frozen?
    end
  end

  def test_a_page_decodes_every_item_like_a_single_deployment
    items = deployments.reject(&:empty?)
    page = Models::DeploymentPage.decode!(Serde.copy({ "items" => items + [nil], "next_cursor" => "", "total" => 1 }))
    items.each_with_index do |data, index|
      assert_equal model_value(Models::Deployment, data), actual(page.items[index])
    end
    assert_nil page.items.last
  end

  def test_the_public_decoders_leave_their_input_as_it_was
    data = { "items" => [SdkTest::DEPLOYMENT.merge("started_at" => "2025-05-01T10:00:00Z")], "total" => 1,
             "extra" => { "list" => [1, { "k" => "v" }] } }
    before = Marshal.load(Marshal.dump(data))
    page = Models::DeploymentPage.from_h(data)
    Serde.decode(data, :DeploymentPage)
    Models::DeploymentPage.decode(data)
    assert_equal before, data
    refute data.frozen?
    refute data["items"].first.frozen?
    assert_instance_of Time, page.items.first.started_at
    assert_equal({ "extra" => { "list" => [1, { "k" => "v" }] } }, page.additional_properties)
    frozen = Models::Deployment.from_h(SdkTest::DEPLOYMENT.merge("x" => 1).freeze)
    assert_equal({ "x" => 1 }, frozen.additional_properties)
  end

  def test_the_union_decodes_in_place_like_a_copy
    connected = { "connected" => true, "repo_full_name" => "o/r", "default_branch" => "main", "odd" => 1 }
    odd = { "connected" => "maybe" }
    [connected, odd].each do |data|
      copied = Models::GitConnectionStatus.decode(data)
      in_place = Models::GitConnectionStatus.decode!(Serde.copy(data))
      assert_equal copied, in_place
    end
  end

  def test_the_query_string_is_what_uri_encode_www_form_gives
    random = Random.new(7)
    alphabet = ["a", "Z", "0", "-", ".", "_", "~", "*", " ", "+", "&", "=", "%", "/", "?", "#", "é", "日", "\u00a0"]
    200.times do
      pairs = Array.new(random.rand(1..4)) do
        Array.new(2) { Array.new(random.rand(0..6)) { alphabet[random.rand(alphabet.length)] }.join }
      end
      built = AxHub::Internal::QueryString.append(+"http://h/p", pairs)
      assert_equal "http://h/p?#{URI.encode_www_form(pairs)}", built, pairs.inspect
    end
    mixed = [["a", 1], ["b", nil], ["c", "x y"]]
    assert_equal "u?#{URI.encode_www_form(mixed)}", AxHub::Internal::QueryString.append(+"u", mixed)
  end

  def test_scalar_query_values_read_as_the_general_path_writes_them
    builder = AxHub::Internal::RequestBuilder
    param = AxHub::Param.new(name: "v", location: "query", style: "pipeDelimited", explode: false)
    [20, 1.5, true, false, :sym, "text"].each do |value|
      assert_equal [["v", builder.stringify(value)]], builder.query_pairs("v", value, param)
    end
  end

  def test_the_request_target_is_what_a_full_parse_gives
    target = AxHub::NetHTTPTransport.const_get(:Target)
    urls = [
      "http://127.0.0.1:9/a/b?x=1", "http://127.0.0.1:9/a/%C3%A9", "http://127.0.0.1:9", "http://127.0.0.1:9?q=1",
      "http://127.0.0.1:90/a", "http://127.0.0.1:9/", "http://127.0.0.1:9/x(y)!$'*,;=:@",
      "https://example.com/v1/items?cursor=abc&limit=20", "https://example.com:443/v1", "http://127.0.0.1:9/z"
    ]
    urls.each do |url|
      found = target.of(url)
      uri = URI(url)
      assert_equal uri.request_uri, found.request_uri, url
      assert_equal "#{uri.scheme}://#{uri.host}:#{uri.port}", found.origin, url
    end
    ["http://127.0.0.1:9/a b", "http://127.0.0.1:9/a%2"].each do |url|
      assert_raises(URI::InvalidURIError) { target.of(url) }
    end
  end

  # A URL the client built from escaped parts skips the transport's check; replacing it (a
  # signer may) or a base URL with text a request target may not hold brings the check back.
  def test_a_url_the_client_built_is_trusted_only_while_unchanged
    seen = []
    transport = lambda do |request|
      seen << [request.url, request.plain_url?]
      AxHub::HTTPResponse.new(status: 204)
    end
    odd = { "appID" => "a b/\u00e9", "did" => ".." }
    plain = client(transport:)
    plain.deployments.deploy_get_api_v1_apps_by_app_id_deployments(path_params: odd, query: { "q" => "x y&z" })
    plain.deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(path_params: odd)
    signed = plain.with_options(signer: ->(request) { request.url = "#{request.url}?sig=1" })
    unplain = client(transport:, base_url: "http://127.0.0.1:9/a b")
    [signed, unplain].each do |each_client|
      each_client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app)
    end
    assert_equal [true, true, false, false], seen.map(&:last)
    assert_match(%r{/apps/a%20b%2F%C3%A9/deployments/%2E%2E\z}, seen[1].first)
    seen.first(2).each { |url, _| assert_same_target(url) }
  end

  def assert_same_target(url)
    target = AxHub::NetHTTPTransport.const_get(:Target)
    assert_equal URI(url).request_uri, target.of(url, plain: true).request_uri, url
    assert_equal URI(url).request_uri, target.of(url).request_uri, url
  end

  def test_kept_credentials_and_headers_follow_with_options_and_callable_tokens
    seen = []
    transport = lambda do |request|
      seen << request.headers.slice("Authorization", "X-Tenant-ID", "X-Extra")
      AxHub::HTTPResponse.new(status: 204)
    end
    calls = 0
    base = client(transport:)
    clients = [base, base.with_options(token: "other"),
               base.with_options(tenant_id: "t", headers: { "X-Extra" => "1" }),
               base.with_options(token: -> { "call-#{calls += 1}" })]
    clients.each do |each_client|
      2.times { each_client.deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app) }
    end
    assert_equal [{ "Authorization" => "Bearer tok" }] * 2 + [{ "Authorization" => "Bearer other" }] * 2 +
                 [{ "Authorization" => "Bearer tok", "X-Tenant-ID" => "t", "X-Extra" => "1" }] * 2 +
                 [{ "Authorization" => "Bearer call-1" }, { "Authorization" => "Bearer call-2" }], seen
  end

  def test_a_signer_may_set_header_values_that_are_not_strings
    @server.replies([200, {}, { "app_id" => "x" }])
    signer = lambda do |request|
      request.headers["X-Count"] = 5
      request.headers["X-Gone"] = nil
    end
    client(signer:).deployments.deploy_get_api_v1_apps_by_app_id_diagnosis(path_params: app)
    received = @server.received.first
    assert_equal "5", received.header("x-count")
    assert_nil received.header("x-gone")
    assert_equal "Bearer tok", received.header("authorization")
  end
end
