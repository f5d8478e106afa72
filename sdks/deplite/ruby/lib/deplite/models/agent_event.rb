# frozen_string_literal: true

module Deplite
  module Models
    # One event of the agent stream; the SSE event name says which.
    module AgentEvent
      extend Union

      variants(
        :JobAssignment,
        :RefreshEvent,
        :PingEvent
      )
    end
  end
end
