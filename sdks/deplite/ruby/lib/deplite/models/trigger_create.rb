# frozen_string_literal: true

module Deplite
  module Models
    # TriggerCreate: an object of Deplite API.
    class TriggerCreate < Model
      # @!attribute [r] agent_id
      #   @return [String] The agent to run on; it must belong to the organisation.
      attribute :agent_id, "agentId", :string, required: true
      # @!attribute [r] name
      #   @return [String] A display name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] workflow_name
      #   @return [String] The workflow to run.
      attribute :workflow_name, "workflowName", :string, required: true
      # @!attribute [r] scope_type
      #   @return [String] Values: {Deplite::Models::TriggerScope}.
      attribute :scope_type, "scopeType", :TriggerScope
      # @!attribute [r] type
      #   @return [String] Values: {Deplite::Models::TriggerType}.
      attribute :type, "type", :TriggerType, required: true
      # @!attribute [r] response_mode
      #   @return [String] Values: {Deplite::Models::ResponseMode}.
      attribute :response_mode, "responseMode", :ResponseMode
      # @!attribute [r] allowed_refs
      #   @return [Array<String>] Ref patterns a run may ask for; leave out or empty for any.
      attribute :allowed_refs, "allowedRefs", [:array, :string]
    end
  end
end
