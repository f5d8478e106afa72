# frozen_string_literal: true

module AxHub
  module Models
    # Progress of a bootstrap.
    class Bootstrap < Model
      # @!attribute [r] id
      #   @return [String] Bootstrap ID.
      attribute :id, "id", :string, required: true
      # @!attribute [r] app_id
      #   @return [String] ID (UUID) of the app, set once the app step is through; an empty string before that.
      attribute :app_id, "app_id", :string, required: true
      # @!attribute [r] repo_full_name
      #   @return [String] `owner/repo` of the created repository, once the repo step is through.
      attribute :repo_full_name, "repo_full_name", :string
      # @!attribute [r] deployment_id
      #   @return [String] ID (UUID) of the deployment, once the deploy step is through.
      attribute :deployment_id, "deployment_id", :string
      # @!attribute [r] stage
      #   @return [String] Values: {AxHub::Models::BootstrapStage}.
      attribute :stage, "stage", :BootstrapStage, required: true
      # @!attribute [r] status
      #   @return [String] Values: {AxHub::Models::BootstrapStatus}.
      attribute :status, "status", :BootstrapStatus, required: true
      # @!attribute [r] error_code
      #   @return [String] When `status` is `failed`, a code for the cause, such as `repo_exists` or `app_failed`.
      attribute :error_code, "error_code", :string
      # @!attribute [r] error_message
      #   @return [String] When `status` is `failed`, a description of the cause.
      attribute :error_message, "error_message", :string
    end
  end
end
