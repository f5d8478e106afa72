# frozen_string_literal: true

module Deplite
  module Models
    # SlackCommandReplyResponseType: an enum of Deplite API.
    module SlackCommandReplyResponseType
      extend Enum

      EPHEMERAL = "ephemeral"
      IN_CHANNEL = "in_channel"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[ephemeral in_channel].freeze
    end
  end
end
