# frozen_string_literal: true

module PlatformSdk
  module Models
    # The member taken out.
    class MemberRemovedData < Model
      # @!attribute [r] user_id
      #   @return [String] Their account id.
      attribute :user_id, "userId", :string, required: true
    end
  end
end
