# frozen_string_literal: true

module Deplite
  module Models
    # HeartbeatAck: an object of Deplite API.
    class HeartbeatAck < Model
      # @!attribute [r] server_time
      #   @return [Time]
      attribute :server_time, "serverTime", :date_time, required: true
    end
  end
end
