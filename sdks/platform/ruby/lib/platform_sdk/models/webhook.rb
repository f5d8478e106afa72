# frozen_string_literal: true

module PlatformSdk
  module Models
    # A webhook, without its secret.
    class Webhook < Model
      # @!attribute [r] id
      #   @return [String] The webhook's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] tenant_id
      #   @return [String] The tenant it belongs to.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] name
      #   @return [String] Its name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] description
      #   @return [String] What it is for.
      attribute :description, "description", :string, required: true
      # @!attribute [r] url
      #   @return [String]
      attribute :url, "url", :string, required: true
      # @!attribute [r] secret_preview
      #   @return [String] The signing secret's last eight characters.
      attribute :secret_preview, "secretPreview", :string, required: true
      # @!attribute [r] events
      #   @return [Array<String>] The event types it receives.
      attribute :events, "events", [:array, :EventType], required: true
      # @!attribute [r] is_active
      #   @return [Boolean] Whether deliveries are made.
      attribute :is_active, "isActive", :boolean, required: true
      # @!attribute [r] created_by
      #   @return [String] The id of the account or key that registered it.
      attribute :created_by, "createdBy", :string, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] updated_at
      #   @return [Time]
      attribute :updated_at, "updatedAt", :date_time, required: true
    end
  end
end
