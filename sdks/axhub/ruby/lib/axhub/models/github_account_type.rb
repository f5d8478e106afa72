# frozen_string_literal: true

module AxHub
  module Models
    # Whether this is the caller's own user or an organization.
    module GithubAccountType
      extend Enum

      USER = "User"
      ORGANIZATION = "Organization"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[User Organization].freeze
    end
  end
end
