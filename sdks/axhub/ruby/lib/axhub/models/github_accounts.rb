# frozen_string_literal: true

module AxHub
  module Models
    # The caller's GitHub user followed by their organizations.
    class GithubAccounts < Model
      # @!attribute [r] accounts
      #   @return [Array<AxHub::Models::GithubAccount>] The user account first, then organizations.
      attribute :accounts, "accounts", [:array, :GithubAccount], required: true
    end
  end
end
