# frozen_string_literal: true

module Deplite
  module Models
    # SlackCommandReply: an object of Deplite API.
    class SlackCommandReply < Model
      # @!attribute [r] response_type
      #   @return [String] Values: {Deplite::Models::SlackCommandReplyResponseType}.
      attribute :response_type, "response_type", :SlackCommandReplyResponseType, required: true
      # @!attribute [r] text
      #   @return [String]
      attribute :text, "text", :string, required: true
    end
  end
end
