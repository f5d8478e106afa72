# frozen_string_literal: true

module Deplite
  module Models
    # JobResult: an object of Deplite API.
    class JobResult < Model
      # @!attribute [r] status
      #   @return [String] Values: {Deplite::Models::JobOutcome}.
      attribute :status, "status", :JobOutcome, required: true
      # @!attribute [r] exit_code
      #   @return [Integer]
      attribute :exit_code, "exitCode", :integer, required: true
      # @!attribute [r] output
      #   @return [Hash{String => Object}]
      attribute :output, "output", [:map, :any]
    end
  end
end
