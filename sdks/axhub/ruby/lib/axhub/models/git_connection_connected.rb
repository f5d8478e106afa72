# frozen_string_literal: true

module AxHub
  module Models
    # The app is connected to a GitHub repository.
    class GitConnectionConnected < Model
      # @!attribute [r] connected
      #   @return [Boolean] Always true in this shape.
      attribute :connected, "connected", [:const, true], required: true
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
