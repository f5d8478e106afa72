# frozen_string_literal: true

module PlatformSdk
  module Models
    # CreateTenantRequest: an object of Platform API.
    class CreateTenantRequest < Model
      # @!attribute [r] name
      #   @return [String] The tenant's name.
      attribute :name, "name", :string, required: true
    end
  end
end
