# frozen_string_literal: true

module AxHub
  module Models
    # A version number given to a successful deployment. The seed only says the items are objects; this shape is our
    # definition.
    class Release < Model
      # @!attribute [r] version
      #   @return [Integer] Version number, increasing per app.
      attribute :version, "version", :integer, required: true
      # @!attribute [r] deployment_id
      #   @return [String] Deployment that produced this version.
      attribute :deployment_id, "deployment_id", :string, required: true
      # @!attribute [r] commit_sha
      #   @return [String]
      attribute :commit_sha, "commit_sha", :string, required: true
      # @!attribute [r] image_uri
      #   @return [String] Registry path of the version's image.
      attribute :image_uri, "image_uri", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time] When the version was created.
      attribute :created_at, "created_at", :date_time, required: true
      # @!attribute [r] active_prod
      #   @return [Boolean] True when production runs this version.
      attribute :active_prod, "active_prod", :boolean, required: true
      # @!attribute [r] active_staging
      #   @return [Boolean] True when staging runs this version.
      attribute :active_staging, "active_staging", :boolean, required: true
      # @!attribute [r] approved
      #   @return [Boolean] True when this version has been approved in a review.
      attribute :approved, "approved", :boolean, required: true
    end
  end
end
