# frozen_string_literal: true

module AxHub
  module Models
    # One line of app output. The seed only says the lines are objects; this shape is our definition.
    class LogLine < Model
      # @!attribute [r] timestamp
      #   @return [Time] When the line was written.
      attribute :timestamp, "timestamp", :date_time, required: true
      # @!attribute [r] stream
      #   @return [String] Output stream the line came from. Values: {AxHub::Models::LogLineStream}.
      attribute :stream, "stream", :LogLineStream, required: true
      # @!attribute [r] message
      #   @return [String] The text of the line.
      attribute :message, "message", :string, required: true
      # @!attribute [r] pod
      #   @return [String] Name of the pod that produced the line.
      attribute :pod, "pod", :string
    end
  end
end
