# frozen_string_literal: true

module AxHub
  module Models
    # Outcome of the pre-promotion checks for one version.
    class PromotePreflight < Model
      # @!attribute [r] promotable
      #   @return [Boolean] True when the version can be promoted now (no images are missing).
      attribute :promotable, "promotable", :boolean, required: true
      # @!attribute [r] missing_images
      #   @return [Array<String>] Images no longer in the registry; any entry blocks promotion.
      attribute :missing_images, "missing_images", [:array, :string], required: true
      # @!attribute [r] diff_keys
      #   @return [Array<String>] Environment variable keys whose staging value differs from production; a warning
      #     that the difference was never verified.
      attribute :diff_keys, "diff_keys", [:array, :string], required: true
      # @!attribute [r] ops
      #   @return [Array<AxHub::Models::PreflightOp>] Schema changes this promotion would apply, with destructive ones
      #     flagged.
      attribute :ops, "ops", [:array, :PreflightOp], required: true
      # @!attribute [r] cursor_seq
      #   @return [Integer] Schema-change cursor that submitting a review now would pin.
      attribute :cursor_seq, "cursor_seq", :integer, required: true
    end
  end
end
