# frozen_string_literal: true

module PlatformSdk
  module Models
    # The event type.
    module MemberAddedEventType
      extend Enum

      MEMBER_ADDED = "member.added"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["member.added"].freeze
    end
  end
end
