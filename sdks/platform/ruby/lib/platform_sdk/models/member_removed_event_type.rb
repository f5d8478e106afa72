# frozen_string_literal: true

module PlatformSdk
  module Models
    # The event type.
    module MemberRemovedEventType
      extend Enum

      MEMBER_REMOVED = "member.removed"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["member.removed"].freeze
    end
  end
end
