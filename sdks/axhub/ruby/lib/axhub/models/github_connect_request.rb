# frozen_string_literal: true

module AxHub
  module Models
    # Repository to connect, for callers without a state token (such as agents).
    class GithubConnectRequest < Model
      # @!attribute [r] installation_id
      #   @return [Integer] GitHub App installation ID. It must belong to the caller; the server checks this with the
      #     caller's stored GitHub user token.
      attribute :installation_id, "installation_id", :integer, required: true
      # @!attribute [r] repo_full_name
      #   @return [String]
      attribute :repo_full_name, "repo_full_name", :string, required: true
      # @!attribute [r] branch
      #   @return [String] Branch whose pushes deploy automatically. Empty or absent means `main`.
      attribute :branch, "branch", :string
    end
  end
end
