# frozen_string_literal: true

module AxHub
  module Models
    # Health diagnosis of the app's live rollout.
    class Diagnosis < Model
      # @!attribute [r] app_id
      #   @return [String] App that was diagnosed.
      attribute :app_id, "app_id", :string, required: true
      # @!attribute [r] applicable
      #   @return [Boolean] Whether a diagnosis could be made at all (false, for example, when nothing is running for
      #     the app).
      attribute :applicable, "applicable", :boolean, required: true
      # @!attribute [r] healthy
      #   @return [Boolean] True when the rollout is healthy.
      attribute :healthy, "healthy", :boolean, required: true
      # @!attribute [r] services
      #   @return [Array<AxHub::Models::DiagnosisService>] Per-service findings.
      attribute :services, "services", [:array, :DiagnosisService], required: true
    end
  end
end
