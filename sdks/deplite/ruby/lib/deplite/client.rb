# frozen_string_literal: true

module Deplite
  # Client for Deplite API. `Client.new(token: "...")` talks to https://app.deplite.io/api by default; pass `base_url:`
  # for another server.
  #
  # Every operation is also reachable by its operationId through #request, and the helpers #paginate, #wait and #tail
  # take operationIds too. See BaseClient for every setting.
  class Client < BaseClient
    sdk name: "deplite",
        version: VERSION,
        base_url: "https://app.deplite.io/api",
        operations: OPERATIONS,
        env_prefix: "DEPLITE",
        hosts: { "agent" => "https://api.deplite.io" }

    # Every setting of BaseClient#initialize, and the base URL of each host some operations go to.
    #
    # @param agent_base_url [String, nil] the base URL of the operations sent to the agent host (absolute http or https,
    #   with a host); else DEPLITE_AGENT_BASE_URL, else https://api.deplite.io
    # @param settings [Hash] the settings of BaseClient#initialize
    # @raise [InvalidArgumentError] for a bad setting
    def initialize(agent_base_url: nil, **settings)
      super(**settings, host_base_urls: { "agent" => agent_base_url })
    end

    # @return [String] the base URL of the operations sent to the agent host
    def agent_base_url
      host_base_url("agent")
    end

    # @return [Resources::Triggers]
    attr_reader :triggers

    # @return [Resources::Jobs]
    attr_reader :jobs

    # @return [Resources::ApiTokens]
    attr_reader :api_tokens

    # @return [Resources::Agents]
    attr_reader :agents

    # @return [Resources::Workflows]
    attr_reader :workflows

    # @return [Resources::Slack]
    attr_reader :slack

    # @return [Resources::Files]
    attr_reader :files

    # @return [Resources::Agent]
    attr_reader :agent

    private

    def init_resources
      @triggers = Resources::Triggers.new(self)
      @jobs = Resources::Jobs.new(self)
      @api_tokens = Resources::ApiTokens.new(self)
      @agents = Resources::Agents.new(self)
      @workflows = Resources::Workflows.new(self)
      @slack = Resources::Slack.new(self)
      @files = Resources::Files.new(self)
      @agent = Resources::Agent.new(self)
    end
  end
end
