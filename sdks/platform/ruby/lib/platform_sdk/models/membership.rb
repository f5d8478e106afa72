# frozen_string_literal: true

module PlatformSdk
  module Models
    # A tenant the person belongs to, and their role there.
    class Membership < Model
      # @!attribute [r] tenant_id
      #   @return [String] The tenant's id.
      attribute :tenant_id, "tenantId", :string, required: true
      # @!attribute [r] tenant_name
      #   @return [String] The tenant's name.
      attribute :tenant_name, "tenantName", :string, required: true
      # @!attribute [r] tenant_slug
      #   @return [String] The tenant's slug.
      attribute :tenant_slug, "tenantSlug", :string, required: true
      # @!attribute [r] role
      #   @return [String] Values: {PlatformSdk::Models::Role}.
      attribute :role, "role", :Role, required: true
      # @!attribute [r] is_root
      #   @return [Boolean] Whether this is the platform's root tenant.
      attribute :is_root, "isRoot", :boolean, required: true
    end
  end
end
