# frozen_string_literal: true

module PlatformSdk
  module Models
    # The invitation (its token travels by email only).
    class InvitationCreated < Model
      # @!attribute [r] invitation
      #   @return [PlatformSdk::Models::Invitation]
      attribute :invitation, "invitation", :Invitation, required: true
    end
  end
end
