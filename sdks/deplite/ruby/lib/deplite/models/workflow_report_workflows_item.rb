# frozen_string_literal: true

module Deplite
  module Models
    # WorkflowReportWorkflowsItem: an object of Deplite API.
    class WorkflowReportWorkflowsItem < Model
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
      # @!attribute [r] secrets_keys
      #   @return [Array<String>]
      attribute :secrets_keys, "secretsKeys", [:array, :string], required: true
    end
  end
end
