# frozen_string_literal: true

module Deplite
  module Models
    # RefreshRequested: an object of Deplite API.
    class RefreshRequested < Model
      # @!attribute [r] agent_id
      #   @return [String]
      attribute :agent_id, "agentId", :string, required: true
      # @!attribute [r] delivered
      #   @return [Boolean] Whether the agent's stream was open; if not
      attribute :delivered, "delivered", :boolean, required: true
    end
  end
end
