# frozen_string_literal: true

module PlatformSdk
  module Models
    # An API key, without its secret part.
    class ApiKey < Model
      # @!attribute [r] id
      #   @return [String] The key's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] name
      #   @return [String] What the key is for.
      attribute :name, "name", :string, required: true
      # @!attribute [r] key_preview
      #   @return [String] The key's last eight characters.
      attribute :key_preview, "keyPreview", :string, required: true
      # @!attribute [r] authority
      #   @return [String] Values: {PlatformSdk::Models::Authority}.
      attribute :authority, "authority", :Authority, required: true
      # @!attribute [r] created_by
      #   @return [String] The id of the account that made it.
      attribute :created_by, "createdBy", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] last_used_at
      #   @return [Time, nil] When it last authenticated a call, if ever.
      attribute :last_used_at, "lastUsedAt", :date_time, nullable: true
      # @!attribute [r] is_active
      #   @return [Boolean] Whether it still works.
      attribute :is_active, "isActive", :boolean, required: true
    end
  end
end
