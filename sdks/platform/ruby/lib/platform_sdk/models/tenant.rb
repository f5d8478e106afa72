# frozen_string_literal: true

module PlatformSdk
  module Models
    # A tenant.
    class Tenant < Model
      # @!attribute [r] id
      #   @return [String] The tenant's id.
      attribute :id, "id", :string, required: true
      # @!attribute [r] name
      #   @return [String] The tenant's name.
      attribute :name, "name", :string, required: true
      # @!attribute [r] slug
      #   @return [String] A unique, URL-safe form of the name.
      attribute :slug, "slug", :string, required: true
      # @!attribute [r] is_root
      #   @return [Boolean] Whether this is the platform's root tenant.
      attribute :is_root, "isRoot", :boolean, required: true
      # @!attribute [r] is_active
      #   @return [Boolean] Whether the tenant may be used.
      attribute :is_active, "isActive", :boolean, required: true
      # @!attribute [r] member_count
      #   @return [Integer] How many members it has.
      attribute :member_count, "memberCount", :integer, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] updated_at
      #   @return [Time]
      attribute :updated_at, "updatedAt", :date_time, required: true
    end
  end
end
