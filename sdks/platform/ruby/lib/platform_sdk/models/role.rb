# frozen_string_literal: true

module PlatformSdk
  module Models
    # A member's role in a tenant: the `owner` (one per tenant) may do everything, an `admin` manages users and
    # webhooks, a `user` works in the tenant.
    module Role
      extend Enum

      OWNER = "owner"
      ADMIN = "admin"
      USER = "user"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[owner admin user].freeze
    end
  end
end
