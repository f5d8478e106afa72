# frozen_string_literal: true

module AxHub
  module Models
    # Connection state of an app. The boolean `connected` tells the two shapes apart: `true` selects
    # `GitConnectionConnected`, `false` selects `GitConnectionDisconnected`.
    module GitConnectionStatus
      extend Union

      variants(
        :GitConnectionConnected,
        :GitConnectionDisconnected
      )
    end
  end
end
