# frozen_string_literal: true

module PlatformSdk
  module Models
    # Any event, told apart by `type`.
    module PlatformEvent
      extend Union

      variants(
        :TenantCreatedEvent,
        :MemberAddedEvent,
        :MemberRemovedEvent,
        :MemberRoleChangedEvent
      )
      discriminator(
        "type",
        {
          "tenant.created" => :TenantCreatedEvent,
          "member.added" => :MemberAddedEvent,
          "member.removed" => :MemberRemovedEvent,
          "member.role_changed" => :MemberRoleChangedEvent
        }
      )
    end
  end
end
