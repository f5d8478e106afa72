# frozen_string_literal: true

module Deplite
  module Models
    # LogLine: an object of Deplite API.
    class LogLine < Model
      # @!attribute [r] seq
      #   @return [Integer] The line's place in the job's log
      attribute :seq, "seq", :integer, required: true
      # @!attribute [r] stream
      #   @return [String] Values: {Deplite::Models::LogStream}.
      attribute :stream, "stream", :LogStream, required: true
      # @!attribute [r] step_name
      #   @return [String] The step that wrote it; empty outside a step.
      attribute :step_name, "stepName", :string, required: true
      # @!attribute [r] level
      #   @return [String] Values: {Deplite::Models::LogLevel}.
      attribute :level, "level", :LogLevel
      # @!attribute [r] content
      #   @return [String]
      attribute :content, "content", :string, required: true
    end
  end
end
