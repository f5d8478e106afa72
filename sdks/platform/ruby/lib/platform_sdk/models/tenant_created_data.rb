# frozen_string_literal: true

module PlatformSdk
  module Models
    # The tenant created.
    class TenantCreatedData < Model
      # @!attribute [r] tenant
      #   @return [PlatformSdk::Models::Tenant]
      attribute :tenant, "tenant", :Tenant, required: true
    end
  end
end
