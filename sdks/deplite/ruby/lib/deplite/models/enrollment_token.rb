# frozen_string_literal: true

module Deplite
  module Models
    # EnrollmentToken: an object of Deplite API.
    class EnrollmentToken < Model
      # @!attribute [r] token
      #   @return [String] The token (`enr_...`), for one enrollment.
      attribute :token, "token", :string, required: true
      # @!attribute [r] expires_at
      #   @return [Time]
      attribute :expires_at, "expiresAt", :date_time, required: true
    end
  end
end
