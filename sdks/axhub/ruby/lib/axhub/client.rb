# frozen_string_literal: true

module AxHub
  # Client for AxHub Deployments API. `Client.new(token: "...")` talks to https://api.axhub.ai by default; pass
  # `base_url:` for another server.
  #
  # Every operation is also reachable by its operationId through #request, and the helpers #paginate, #wait and #tail
  # take operationIds too. See BaseClient for every setting.
  class Client < BaseClient
    sdk name: "axhub", version: VERSION, base_url: "https://api.axhub.ai", operations: OPERATIONS, env_prefix: "AXHUB"

    # @return [Resources::Deployments]
    attr_reader :deployments

    # @return [Resources::Apps]
    attr_reader :apps

    private

    def init_resources
      @deployments = Resources::Deployments.new(self)
      @apps = Resources::Apps.new(self)
    end
  end
end
