# frozen_string_literal: true

module Deplite
  module Models
    # What to run.
    class RunRequest < Model
      # @!attribute [r] ref
      #   @return [String] The git ref to run at; must match the trigger's `allowedRefs` when it has any. Default
      #     `main`.
      attribute :ref, "ref", :string
      # @!attribute [r] debug
      #   @return [Boolean] Ask the agent for verbose logs.
      attribute :debug, "debug", :boolean
      # @!attribute [r] workflow_name
      #   @return [String] With a trigger of `scopeType` `agent`, the workflow to run (default the trigger's).
      attribute :workflow_name, "workflowName", :string
      # @!attribute [r] params
      #   @return [Hash{String => String}] Parameters handed to the workflow.
      attribute :params, "params", [:map, :string]
    end
  end
end
