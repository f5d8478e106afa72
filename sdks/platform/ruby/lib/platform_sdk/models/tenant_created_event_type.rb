# frozen_string_literal: true

module PlatformSdk
  module Models
    # The event type.
    module TenantCreatedEventType
      extend Enum

      TENANT_CREATED = "tenant.created"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["tenant.created"].freeze
    end
  end
end
