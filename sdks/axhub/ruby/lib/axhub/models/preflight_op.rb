# frozen_string_literal: true

module AxHub
  module Models
    # One schema change a promotion would apply. The seed only says the ops are objects (with a destructive flag); this
    # shape is our definition.
    class PreflightOp < Model
      # @!attribute [r] seq
      #   @return [Integer] Position of the change in the app's change log.
      attribute :seq, "seq", :integer, required: true
      # @!attribute [r] kind
      #   @return [String] Kind of change (for example `add_column`, `drop_table`).
      attribute :kind, "kind", :string, required: true
      # @!attribute [r] description
      #   @return [String] Human-readable summary of the change.
      attribute :description, "description", :string, required: true
      # @!attribute [r] destructive
      #   @return [Boolean] True when the change can lose data (drops, narrowing changes).
      attribute :destructive, "destructive", :boolean, required: true
    end
  end
end
