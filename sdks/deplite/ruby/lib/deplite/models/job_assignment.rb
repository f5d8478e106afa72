# frozen_string_literal: true

module Deplite
  module Models
    # The data of a `job` event.
    class JobAssignment < Model
      # @!attribute [r] job_id
      #   @return [String]
      attribute :job_id, "jobId", :string, required: true
      # @!attribute [r] workflow_name
      #   @return [String]
      attribute :workflow_name, "workflowName", :string, required: true
      # @!attribute [r] ref
      #   @return [String]
      attribute :ref, "ref", :string, required: true
      # @!attribute [r] debug
      #   @return [Boolean]
      attribute :debug, "debug", :boolean, required: true
      # @!attribute [r] params
      #   @return [Hash{String => String}]
      attribute :params, "params", [:map, :string], required: true
    end
  end
end
