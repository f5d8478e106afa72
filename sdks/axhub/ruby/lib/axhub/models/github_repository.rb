# frozen_string_literal: true

module AxHub
  module Models
    # A GitHub repository. The seed only says the entries are objects; this shape is our definition.
    class GithubRepository < Model
      # @!attribute [r] id
      #   @return [Integer] GitHub repository ID.
      attribute :id, "id", :integer, required: true
      # @!attribute [r] name
      #   @return [String] Repository name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] full_name
      #   @return [String]
      attribute :full_name, "full_name", :string, required: true
      # @!attribute [r] private
      #   @return [Boolean] Whether the repository is private.
      attribute :private, "private", :boolean, required: true
      # @!attribute [r] default_branch
      #   @return [String] The repository's default branch.
      attribute :default_branch, "default_branch", :string, required: true
    end
  end
end
