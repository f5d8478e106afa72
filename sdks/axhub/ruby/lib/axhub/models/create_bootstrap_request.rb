# frozen_string_literal: true

module AxHub
  module Models
    # Template and app details for a new bootstrap.
    class CreateBootstrapRequest < Model
      # @!attribute [r] template_id
      #   @return [String] Template chosen from the catalog (`GET /api/v1/templates`).
      attribute :template_id, "template_id", :string, required: true
      # @!attribute [r] name
      #   @return [String] Display name of the app.
      attribute :name, "name", :string, required: true
      # @!attribute [r] slug
      #   @return [String] AxHub identifier of the app (lowercase letters, digits and dashes).
      attribute :slug, "slug", :string, required: true
      # @!attribute [r] subdomain
      #   @return [String] Host label of the app; it is served at `{subdomain}.{tenant}.axhub.ai`. A DNS label:
      #     lowercase letters, digits and dashes, not starting or ending with a dash.
      attribute :subdomain, "subdomain", :string, required: true
      # @!attribute [r] github_owner
      #   @return [String] GitHub user or organization that will own the new repository (GitHub's rule: 1-39 letters,
      #     digits and dashes, not starting with a dash).
      attribute :github_owner, "github_owner", :string, required: true
      # @!attribute [r] github_installation_id
      #   @return [Integer] ID of the AxHub GitHub App installation the user set up. Missing means the App is not
      #     installed and gives 422 `github_app_not_installed`.
      attribute :github_installation_id, "github_installation_id", :integer
      # @!attribute [r] repo_name
      #   @return [String] Name of the repository to create; must be unused under the owner. GitHub's rules: 1-100
      #     letters, digits, `.`, `_` and `-`, and not `.` or `..`.
      attribute :repo_name, "repo_name", :string, required: true
      # @!attribute [r] repo_private
      #   @return [Boolean] Whether the new repository is private (the default).
      attribute :repo_private, "repo_private", :boolean
    end
  end
end
