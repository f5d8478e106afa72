# frozen_string_literal: true

module Deplite
  module Models
    # The fields to change; the others stay.
    class TriggerUpdate < Model
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string
      # @!attribute [r] workflow_name
      #   @return [String]
      attribute :workflow_name, "workflowName", :string
      # @!attribute [r] scope_type
      #   @return [String] Values: {Deplite::Models::TriggerScope}.
      attribute :scope_type, "scopeType", :TriggerScope
      # @!attribute [r] response_mode
      #   @return [String] Values: {Deplite::Models::ResponseMode}.
      attribute :response_mode, "responseMode", :ResponseMode
      # @!attribute [r] allowed_refs
      #   @return [Array<String>]
      attribute :allowed_refs, "allowedRefs", [:array, :string]
    end
  end
end
