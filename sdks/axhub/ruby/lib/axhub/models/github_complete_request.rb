# frozen_string_literal: true

module AxHub
  module Models
    # Data the web app sends after the install callback was routed to it.
    class GithubCompleteRequest < Model
      # @!attribute [r] state
      #   @return [String] Single-use token issued by install start (it contains no dot), forwarded exactly as
      #     received in the callback's query string.
      attribute :state, "state", :string, required: true
      # @!attribute [r] installation_id
      #   @return [Integer] GitHub App installation ID. It must belong to the signed-in user; the server checks this
      #     with their stored GitHub user token.
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
