# frozen_string_literal: true

module Deplite
  module Models
    # `online` while the agent is heard from; `offline` after three silent minutes.
    module AgentStatus
      extend Enum

      ONLINE = "online"
      OFFLINE = "offline"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[online offline].freeze
    end
  end
end
