# frozen_string_literal: true

module PlatformSdk
  module Models
    # The roles an invitation or a role change can give.
    module InvitableRole
      extend Enum

      ADMIN = "admin"
      USER = "user"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[admin user].freeze
    end
  end
end
