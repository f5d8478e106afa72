# frozen_string_literal: true

require_relative "platform_helper"

# x-sdkgen-tenant: the tenant option fills the declared header on tenant-scoped operations only.
class TenantTest < PlatformTest::TestCase
  def transport
    PlatformTest::FakeTransport.new do |request|
      [200, request.operation_id == "listTenants" ? [] : PlatformTest::TENANT]
    end
  end

  def tenant_header(request)
    request.headers.find { |name, _| name.casecmp?("X-Tenant-ID") }&.last
  end

  def sent_tenants(fake)
    fake.sent("getCurrentTenant").map { |request| tenant_header(request) }
  end

  def test_the_option_goes_in_the_header_of_tenant_scoped_operations_only
    fake = transport
    platform = client(fake, tenant_id: "ten_1")
    assert_equal "ten_1", platform.tenants.current.id
    platform.tenants.list
    assert_equal "ten_1", tenant_header(fake.sent("getCurrentTenant").first)
    assert_nil tenant_header(fake.sent("listTenants").first)
  end

  def test_the_declaration_reaches_the_client_from_the_spec
    declared = PlatformSdk::Client.tenant
    assert_equal ["X-Tenant-ID", :tenant_id, "TENANT_ID"], [declared.header, declared.option, declared.env]
    assert PlatformSdk::OPERATIONS.fetch("getCurrentTenant").tenant_scoped
    refute PlatformSdk::OPERATIONS.fetch("listTenants").tenant_scoped
  end

  def test_it_is_never_required
    fake = transport
    client(fake).tenants.current
    assert_nil tenant_header(fake.sent("getCurrentTenant").first)
  end

  def test_the_environment_variable_sets_it_and_an_argument_wins
    fake = transport
    client(fake, environment: { "PLATFORM_TENANT_ID" => " ten_env " }).tenants.current
    client(fake, tenant_id: "ten_arg", environment: { "PLATFORM_TENANT_ID" => "ten_env" }).tenants.current
    assert_equal %w[ten_env ten_arg], sent_tenants(fake)
  end

  def test_a_call_overrides_it
    fake = transport
    platform = client(fake, tenant_id: "ten_1")
    platform.tenants.current(x_tenant_id: "ten_2")
    platform.request("getCurrentTenant", headers: { "x-tenant-id" => "ten_3" })
    platform.tenants.current(options: { headers: { "X-Tenant-ID" => "ten_4" } })
    platform.with_options(tenant_id: "ten_5").tenants.current
    assert_equal %w[ten_2 ten_3 ten_4 ten_5], sent_tenants(fake)
    counts = fake.sent("getCurrentTenant").map { |sent| sent.headers.keys.count { |n| n.casecmp?("X-Tenant-ID") } }
    assert_equal [1, 1, 1, 1], counts
  end

  # The same operations, declared with another tenant header and option name.
  OrgClient = Class.new(PlatformSdk::Client) do
    sdk name: "org", version: "1.0.0", base_url: "http://org.test", operations: PlatformSdk::OPERATIONS,
        env_prefix: "ORG", tenant: PlatformSdk::TenantHeader.new(header: "X-Org", option: :org_id, env: "ORG_ID")
  end

  def test_the_option_takes_the_name_and_header_the_spec_declares
    fake = transport
    org = OrgClient.new(org_id: "o1", token: "t", transport: fake, environment: {})
    org.tenants.current
    org.with_options(org_id: "o2").tenants.current
    OrgClient.new(token: "t", transport: fake, environment: { "ORG_ORG_ID" => "o3" }).tenants.current
    orgs = fake.sent("getCurrentTenant").map { |sent| sent["X-Org"] }
    assert_equal %w[o1 o2 o3], orgs
    assert_raises(ArgumentError) { OrgClient.new(org: "x", token: "t", environment: {}) }
  end
end
