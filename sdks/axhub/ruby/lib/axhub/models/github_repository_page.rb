# frozen_string_literal: true

module AxHub
  module Models
    # A page of repositories reachable through an installation.
    class GithubRepositoryPage < Model
      # @!attribute [r] repositories
      #   @return [Array<AxHub::Models::GithubRepository>] Repositories on this page.
      attribute :repositories, "repositories", [:array, :GithubRepository], required: true
      # @!attribute [r] total_count
      #   @return [Integer] Number of repositories across all pages.
      attribute :total_count, "total_count", :integer, required: true
    end
  end
end
