# frozen_string_literal: true

module Deplite
  module Models
    # WorkflowRateLimit: an object of Deplite API.
    class WorkflowRateLimit < Model
      # @!attribute [r] rate_limit_per_minute
      #   @return [Integer, nil]
      attribute :rate_limit_per_minute, "rateLimitPerMinute", :integer, required: true, nullable: true
      # @!attribute [r] rate_limit_per_hour
      #   @return [Integer, nil]
      attribute :rate_limit_per_hour, "rateLimitPerHour", :integer, required: true, nullable: true
    end
  end
end
