# frozen_string_literal: true

module Deplite
  module Models
    # The data of a `ping` event.
    class PingEvent < Model
      # @!attribute [r] time
      #   @return [Time]
      attribute :time, "time", :date_time, required: true
    end
  end
end
