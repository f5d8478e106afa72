# frozen_string_literal: true

module Deplite
  module Models
    # An API token together with its value, returned only when it is issued or rotated.
    class IssuedApiToken < Model
      # @!attribute [r] id
      #   @return [String]
      attribute :id, "id", :string, required: true
      # @!attribute [r] org_id
      #   @return [String]
      attribute :org_id, "orgId", :string, required: true
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
      # @!attribute [r] prefix
      #   @return [String] The value's first characters (`tk_3f9a`), to recognise it by.
      attribute :prefix, "prefix", :string, required: true
      # @!attribute [r] scope_type
      #   @return [String] Values: {Deplite::Models::TokenScope}.
      attribute :scope_type, "scopeType", :TokenScope, required: true
      # @!attribute [r] trigger_ids
      #   @return [Array<String>]
      attribute :trigger_ids, "triggerIds", [:array, :string], required: true
      # @!attribute [r] rate_limit_per_minute
      #   @return [Integer, nil] Runs allowed per minute; null for no limit.
      attribute :rate_limit_per_minute, "rateLimitPerMinute", :integer, nullable: true
      # @!attribute [r] rate_limit_per_hour
      #   @return [Integer, nil] Runs allowed per hour; null for no limit.
      attribute :rate_limit_per_hour, "rateLimitPerHour", :integer, nullable: true
      # @!attribute [r] expires_at
      #   @return [Time, nil]
      attribute :expires_at, "expiresAt", :date_time, nullable: true
      # @!attribute [r] last_used_at
      #   @return [Time, nil]
      attribute :last_used_at, "lastUsedAt", :date_time, nullable: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] plain_token
      #   @return [String] The token's value (`tk_...`). Store it: it is not shown again.
      attribute :plain_token, "plainToken", :string, required: true
    end
  end
end
