# frozen_string_literal: true

module Deplite
  module Models
    # SlackInstallation: an object of Deplite API.
    class SlackInstallation < Model
      # @!attribute [r] team_id
      #   @return [String]
      attribute :team_id, "teamId", :string, required: true
      # @!attribute [r] team_name
      #   @return [String]
      attribute :team_name, "teamName", :string, required: true
      # @!attribute [r] installed_at
      #   @return [Time]
      attribute :installed_at, "installedAt", :date_time, required: true
    end
  end
end
