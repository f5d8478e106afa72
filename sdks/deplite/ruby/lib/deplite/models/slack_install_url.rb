# frozen_string_literal: true

module Deplite
  module Models
    # SlackInstallUrl: an object of Deplite API.
    class SlackInstallUrl < Model
      # @!attribute [r] url
      #   @return [String]
      attribute :url, "url", :string, required: true
      # @!attribute [r] expires_at
      #   @return [Time]
      attribute :expires_at, "expiresAt", :date_time, required: true
    end
  end
end
