# frozen_string_literal: true

module PlatformSdk
  # Client for Platform API. `Client.new(token: "...")` talks to https://api.platform.example/v1 by default; pass
  # `base_url:` for another server.
  #
  # Every operation is also reachable by its operationId through #request, and the helpers #paginate, #wait and #tail
  # take operationIds too. See BaseClient for every setting.
  class Client < BaseClient
    sdk name: "platform_sdk",
        version: VERSION,
        base_url: "https://api.platform.example/v1",
        operations: OPERATIONS,
        env_prefix: "PLATFORM",
        tenant: TenantHeader.new(header: "X-Tenant-ID", option: :tenant_id, env: "TENANT_ID"),
        webhooks: WEBHOOK_SIGNATURE

    # @return [Resources::Auth]
    attr_reader :auth

    # @return [Resources::Tenants]
    attr_reader :tenants

    # @return [Resources::ApiKeys]
    attr_reader :api_keys

    # @return [Resources::Webhooks]
    attr_reader :webhooks

    # @return [Resources::Events]
    attr_reader :events

    private

    def init_resources
      @auth = Resources::Auth.new(self)
      @tenants = Resources::Tenants.new(self)
      @api_keys = Resources::ApiKeys.new(self)
      @webhooks = Resources::Webhooks.new(self)
      @events = Resources::Events.new(self)
    end
  end
end
