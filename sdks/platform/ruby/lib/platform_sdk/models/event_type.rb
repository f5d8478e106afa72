# frozen_string_literal: true

module PlatformSdk
  module Models
    # A kind of event.
    module EventType
      extend Enum

      TENANT_CREATED = "tenant.created"
      MEMBER_ADDED = "member.added"
      MEMBER_REMOVED = "member.removed"
      MEMBER_ROLE_CHANGED = "member.role_changed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["tenant.created", "member.added", "member.removed", "member.role_changed"].freeze
    end
  end
end
