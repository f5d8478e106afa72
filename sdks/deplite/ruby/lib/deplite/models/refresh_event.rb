# frozen_string_literal: true

module Deplite
  module Models
    # The data of a `refresh` event.
    class RefreshEvent < Model
      # @!attribute [r] requested_at
      #   @return [Time]
      attribute :requested_at, "requestedAt", :date_time, required: true
    end
  end
end
