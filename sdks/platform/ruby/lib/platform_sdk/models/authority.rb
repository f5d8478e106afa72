# frozen_string_literal: true

module PlatformSdk
  module Models
    # `admin`: the key acts as an administrator of the root tenant; `user`: the key acts as its creator and names the
    # tenant per call.
    module Authority
      extend Enum

      ADMIN = "admin"
      USER = "user"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[admin user].freeze
    end
  end
end
