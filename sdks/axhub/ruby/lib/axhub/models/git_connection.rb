# frozen_string_literal: true

module AxHub
  module Models
    # A GitHub repository connected to an app for automatic deploys.
    class GitConnection < Model
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
    end
  end
end
