# frozen_string_literal: true

module Deplite
  module Models
    # WorkflowReport: an object of Deplite API.
    class WorkflowReport < Model
      # @!attribute [r] workflows
      #   @return [Array<Deplite::Models::WorkflowReportWorkflowsItem>]
      attribute :workflows, "workflows", [:array, :WorkflowReportWorkflowsItem], required: true
    end
  end
end
