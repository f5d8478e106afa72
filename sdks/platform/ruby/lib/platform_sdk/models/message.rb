# frozen_string_literal: true

module PlatformSdk
  module Models
    # A confirmation in words.
    class Message < Model
      # @!attribute [r] message
      #   @return [String] What happened.
      attribute :message, "message", :string, required: true
    end
  end
end
