# frozen_string_literal: true

module AxHub
  module Models
    # A `GitConnection` plus the app and tenant it was attached to; returned when the app is recovered from the state
    # token rather than the URL.
    class GitConnectionWithApp < Model
      # @!attribute [r] provider
      #   @return [String] Git provider; currently always `github`.
      attribute :provider, "provider", :string, required: true
      # @!attribute [r] repo_full_name
      #   @return [String]
      attribute :repo_full_name, "repo_full_name", :string, required: true
      # @!attribute [r] branch
      #   @return [String] Branch whose pushes deploy automatically.
      attribute :branch, "branch", :string, required: true
      # @!attribute [r] installation_id
      #   @return [Integer] GitHub App installation ID.
      attribute :installation_id, "installation_id", :integer, required: true
      # @!attribute [r] app_id
      #   @return [String] App the connection was attached to (taken from the state token).
      attribute :app_id, "app_id", :string, required: true
      # @!attribute [r] tenant_slug
      #   @return [String] Slug of the app's tenant, for moving from the apex domain to the tenant subdomain. Empty
      #     when the slug could not be looked up.
      attribute :tenant_slug, "tenant_slug", :string, required: true
    end
  end
end
