# frozen_string_literal: true

module Deplite
  module Models
    # ApiTokenCreate: an object of Deplite API.
    class ApiTokenCreate < Model
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
      # @!attribute [r] scope_type
      #   @return [String] Values: {Deplite::Models::TokenScope}.
      attribute :scope_type, "scopeType", :TokenScope
      # @!attribute [r] trigger_ids
      #   @return [Array<String>] With `scopeType` `trigger`, the triggers it may run (at least one).
      attribute :trigger_ids, "triggerIds", [:array, :string]
      # @!attribute [r] rate_limit_per_minute
      #   @return [Integer]
      attribute :rate_limit_per_minute, "rateLimitPerMinute", :integer
      # @!attribute [r] rate_limit_per_hour
      #   @return [Integer]
      attribute :rate_limit_per_hour, "rateLimitPerHour", :integer
      # @!attribute [r] expires_at
      #   @return [Time]
      attribute :expires_at, "expiresAt", :date_time
    end
  end
end
