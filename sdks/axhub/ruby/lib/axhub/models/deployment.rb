# frozen_string_literal: true

module AxHub
  module Models
    # One build-and-release of an app.
    class Deployment < Model
      # @!attribute [r] id
      #   @return [String] Deployment ID.
      attribute :id, "id", :string, required: true
      # @!attribute [r] app_id
      #   @return [String] App the deployment belongs to.
      attribute :app_id, "app_id", :string, required: true
      # @!attribute [r] commit_sha
      #   @return [String]
      attribute :commit_sha, "commit_sha", :string, required: true
      # @!attribute [r] status
      #   @return [String] Values: {AxHub::Models::DeploymentStatus}.
      attribute :status, "status", :DeploymentStatus, required: true
      # @!attribute [r] trigger_source
      #   @return [String] Values: {AxHub::Models::TriggerSource}.
      attribute :trigger_source, "trigger_source", :TriggerSource, required: true
      # @!attribute [r] started_at
      #   @return [Time] When the deployment started (RFC 3339).
      attribute :started_at, "started_at", :date_time, required: true
      # @!attribute [r] completed_at
      #   @return [Time, nil] When the deployment ended; null until it reaches a terminal status.
      attribute :completed_at, "completed_at", :date_time, required: true, nullable: true
      # @!attribute [r] current_stage
      #   @return [String, nil] Stage the deployment is in while it runs; null once it is terminal. Values:
      #     {AxHub::Models::DeploymentStage}.
      attribute :current_stage, "current_stage", :DeploymentStage, required: true, nullable: true
      # @!attribute [r] failure_reason
      #   @return [AxHub::Models::FailureReason, nil] Why the deployment failed; null unless `status` is `failed`.
      attribute :failure_reason, "failure_reason", :FailureReason, required: true, nullable: true
      # @!attribute [r] image_uri
      #   @return [String, nil] Registry path of the image that was built and pushed; null until the image exists.
      attribute :image_uri, "image_uri", :string, required: true, nullable: true
    end
  end
end
