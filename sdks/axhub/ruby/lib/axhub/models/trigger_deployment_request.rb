# frozen_string_literal: true

module AxHub
  module Models
    # Options for a manual deployment. Every field is optional, and so is the body.
    class TriggerDeploymentRequest < Model
      # @!attribute [r] commit_sha
      #   @return [String] Full 40-character lowercase hex commit to deploy. Empty or absent means the HEAD of the
      #     connected repository's default branch.
      attribute :commit_sha, "commit_sha", :string
      # @!attribute [r] force_rebuild
      #   @return [Boolean] Build a new image even if one already exists for this commit (useful after dependency or
      #     base-image updates).
      attribute :force_rebuild, "force_rebuild", :boolean
    end
  end
end
