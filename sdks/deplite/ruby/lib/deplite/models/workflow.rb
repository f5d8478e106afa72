# frozen_string_literal: true

module Deplite
  module Models
    # Workflow: an object of Deplite API.
    class Workflow < Model
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
      # @!attribute [r] secrets_keys
      #   @return [Array<String>] The names of the secrets the workflow reads on the agent.
      attribute :secrets_keys, "secretsKeys", [:array, :string], required: true
      # @!attribute [r] rate_limit_per_minute
      #   @return [Integer, nil]
      attribute :rate_limit_per_minute, "rateLimitPerMinute", :integer, nullable: true
      # @!attribute [r] rate_limit_per_hour
      #   @return [Integer, nil]
      attribute :rate_limit_per_hour, "rateLimitPerHour", :integer, nullable: true
      # @!attribute [r] reported_at
      #   @return [Time]
      attribute :reported_at, "reportedAt", :date_time
    end
  end
end
