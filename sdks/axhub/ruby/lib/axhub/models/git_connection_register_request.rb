# frozen_string_literal: true

module AxHub
  module Models
    # Data the web app sends back after the GitHub App installation callback.
    class GitConnectionRegisterRequest < Model
      # @!attribute [r] state
      #   @return [String] Single-use token issued by install start (32 random bytes, hex-encoded), passed through
      #     unchanged after the installation.
      attribute :state, "state", :string, required: true
      # @!attribute [r] installation_id
      #   @return [Integer] GitHub App installation ID.
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
