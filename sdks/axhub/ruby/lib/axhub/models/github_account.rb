# frozen_string_literal: true

module AxHub
  module Models
    # A GitHub user or organization the caller can install the App on. The seed only says the entries are objects; this
    # shape is our definition.
    class GithubAccount < Model
      # @!attribute [r] login
      #   @return [String] GitHub login.
      attribute :login, "login", :string, required: true
      # @!attribute [r] id
      #   @return [Integer] GitHub account ID.
      attribute :id, "id", :integer, required: true
      # @!attribute [r] type
      #   @return [String] Whether this is the caller's own user or an organization. Values:
      #     {AxHub::Models::GithubAccountType}.
      attribute :type, "type", :GithubAccountType, required: true
      # @!attribute [r] avatar_url
      #   @return [String] Avatar image URL.
      attribute :avatar_url, "avatar_url", :string
      # @!attribute [r] installation_id
      #   @return [Integer, nil] ID of the AxHub GitHub App installation on this account; null when it is not
      #     installed.
      attribute :installation_id, "installation_id", :integer, required: true, nullable: true
    end
  end
end
