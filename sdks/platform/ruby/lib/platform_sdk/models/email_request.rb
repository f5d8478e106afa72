# frozen_string_literal: true

module PlatformSdk
  module Models
    # EmailRequest: an object of Platform API.
    class EmailRequest < Model
      # @!attribute [r] email
      #   @return [String]
      attribute :email, "email", :string, required: true
    end
  end
end
