# frozen_string_literal: true

module AxHub
  module Models
    # Details of a failed deployment. The seed types this field as `any`, so its shape is free-form: `code`, `message`
    # and `stage` are the fields we expect, all optional, and any other fields the platform adds are allowed.
    class FailureReason < Model
      # @!attribute [r] code
      #   @return [String] Machine-readable failure code.
      attribute :code, "code", :string
      # @!attribute [r] message
      #   @return [String] Human-readable explanation.
      attribute :message, "message", :string
      # @!attribute [r] stage
      #   @return [String] Stage in which the deployment failed.
      attribute :stage, "stage", :string
    end
  end
end
