# frozen_string_literal: true

module Deplite
  module Models
    # WorkflowReportAck: an object of Deplite API.
    class WorkflowReportAck < Model
      # @!attribute [r] count
      #   @return [Integer] How many workflows are now known.
      attribute :count, "count", :integer, required: true
    end
  end
end
