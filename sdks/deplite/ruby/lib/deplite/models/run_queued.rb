# frozen_string_literal: true

module Deplite
  module Models
    # RunQueued: an object of Deplite API.
    class RunQueued < Model
      # @!attribute [r] job_id
      #   @return [String] The job that was started.
      attribute :job_id, "jobId", :string, required: true
      # @!attribute [r] status
      #   @return [String] Where the job stands now. Values: {Deplite::Models::RunQueuedStatus}.
      attribute :status, "status", :RunQueuedStatus, required: true
      # @!attribute [r] status_url
      #   @return [String] The user-API path to poll the job at (`/api/jobs/{id}`).
      attribute :status_url, "statusUrl", :string, required: true
    end
  end
end
