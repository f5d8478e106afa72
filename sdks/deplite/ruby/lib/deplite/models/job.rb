# frozen_string_literal: true

module Deplite
  module Models
    # Job: an object of Deplite API.
    class Job < Model
      # @!attribute [r] id
      #   @return [String]
      attribute :id, "id", :string, required: true
      # @!attribute [r] trigger_id
      #   @return [String] The trigger that started it.
      attribute :trigger_id, "triggerId", :string, required: true
      # @!attribute [r] agent_id
      #   @return [String] The agent that runs it.
      attribute :agent_id, "agentId", :string, required: true
      # @!attribute [r] workflow_name
      #   @return [String]
      attribute :workflow_name, "workflowName", :string, required: true
      # @!attribute [r] status
      #   @return [String] Values: {Deplite::Models::JobStatus}.
      attribute :status, "status", :JobStatus, required: true
      # @!attribute [r] ref
      #   @return [String]
      attribute :ref, "ref", :string, required: true
      # @!attribute [r] debug
      #   @return [Boolean]
      attribute :debug, "debug", :boolean, required: true
      # @!attribute [r] params
      #   @return [Hash{String => String}]
      attribute :params, "params", [:map, :string], required: true
      # @!attribute [r] exit_code
      #   @return [Integer, nil] Set when the job finished.
      attribute :exit_code, "exitCode", :integer, nullable: true
      # @!attribute [r] output
      #   @return [Hash{String => Object}, nil] Set when the job finished.
      attribute :output, "output", [:map, :any], nullable: true
      # @!attribute [r] queued_at
      #   @return [Time]
      attribute :queued_at, "queuedAt", :date_time, required: true
      # @!attribute [r] started_at
      #   @return [Time, nil] When the agent took the job.
      attribute :started_at, "startedAt", :date_time, nullable: true
      # @!attribute [r] finished_at
      #   @return [Time, nil] When the result arrived.
      attribute :finished_at, "finishedAt", :date_time, nullable: true
    end
  end
end
