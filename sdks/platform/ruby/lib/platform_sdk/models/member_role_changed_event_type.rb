# frozen_string_literal: true

module PlatformSdk
  module Models
    # The event type.
    module MemberRoleChangedEventType
      extend Enum

      MEMBER_ROLE_CHANGED = "member.role_changed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["member.role_changed"].freeze
    end
  end
end
