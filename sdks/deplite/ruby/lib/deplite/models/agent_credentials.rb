# frozen_string_literal: true

module Deplite
  module Models
    # AgentCredentials: an object of Deplite API.
    class AgentCredentials < Model
      # @!attribute [r] agent_id
      #   @return [String]
      attribute :agent_id, "agentId", :string, required: true
      # @!attribute [r] agent_secret
      #   @return [String] The secret that signs the agent's calls. Shown once.
      attribute :agent_secret, "agentSecret", :string, required: true
    end
  end
end
