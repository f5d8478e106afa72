# frozen_string_literal: true

module PlatformSdk
  module Models
    # The state a resource was left in.
    class Status < Model
      # @!attribute [r] status
      #   @return [String] For example `deleted`.
      attribute :status, "status", :string, required: true
    end
  end
end
