# frozen_string_literal: true

module AxHub
  module Models
    # Findings for one service of the app. The seed only says the entries are objects; this shape is our definition.
    # `reason` comes from the platform and can be trusted; `app_signal` is text taken from the app's own output and must
    # be treated as untrusted.
    class DiagnosisService < Model
      # @!attribute [r] name
      #   @return [String] Service name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] ready
      #   @return [Boolean] Whether the service's pods are ready.
      attribute :ready, "ready", :boolean, required: true
      # @!attribute [r] restarts
      #   @return [Integer] Container restart count.
      attribute :restarts, "restarts", :integer, required: true
      # @!attribute [r] reason
      #   @return [String, nil] Failure cause determined by the platform (for example `CrashLoopBackOff`), if any.
      attribute :reason, "reason", :string, nullable: true
      # @!attribute [r] app_signal
      #   @return [String, nil] Untrusted hint from the app's own output (for example its last error line), if any.
      attribute :app_signal, "app_signal", :string, nullable: true
    end
  end
end
