# frozen_string_literal: true

module Deplite
  module Models
    # RunFinished: an object of Deplite API.
    class RunFinished < Model
      # @!attribute [r] job_id
      #   @return [String] The job that ran.
      attribute :job_id, "jobId", :string, required: true
      # @!attribute [r] status
      #   @return [String] Values: {Deplite::Models::JobOutcome}.
      attribute :status, "status", :JobOutcome, required: true
      # @!attribute [r] exit_code
      #   @return [Integer] The workflow's exit code.
      attribute :exit_code, "exitCode", :integer, required: true
      # @!attribute [r] output
      #   @return [Hash{String => Object}]
      attribute :output, "output", [:map, :any]
    end
  end
end
