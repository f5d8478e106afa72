# frozen_string_literal: true

module Deplite
  module Models
    # Trigger: an object of Deplite API.
    class Trigger < Model
      # @!attribute [r] id
      #   @return [String] The trigger's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] org_id
      #   @return [String] The organisation it belongs to.
      attribute :org_id, "orgId", :string, required: true
      # @!attribute [r] agent_id
      #   @return [String] The agent whose workflow it runs.
      attribute :agent_id, "agentId", :string, required: true
      # @!attribute [r] name
      #   @return [String] A display name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] workflow_name
      #   @return [String] The workflow it runs (with `scopeType` `agent`
      attribute :workflow_name, "workflowName", :string, required: true
      # @!attribute [r] scope_type
      #   @return [String] Values: {Deplite::Models::TriggerScope}.
      attribute :scope_type, "scopeType", :TriggerScope, required: true
      # @!attribute [r] type
      #   @return [String] Values: {Deplite::Models::TriggerType}.
      attribute :type, "type", :TriggerType, required: true
      # @!attribute [r] response_mode
      #   @return [String] Values: {Deplite::Models::ResponseMode}.
      attribute :response_mode, "responseMode", :ResponseMode, required: true
      # @!attribute [r] allowed_refs
      #   @return [Array<String>] Refs a run may ask for; `*` in a pattern matches any run of characters
      #     (`release/*`). Empty: any ref.
      attribute :allowed_refs, "allowedRefs", [:array, :string], required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] updated_at
      #   @return [Time]
      attribute :updated_at, "updatedAt", :date_time
    end
  end
end
