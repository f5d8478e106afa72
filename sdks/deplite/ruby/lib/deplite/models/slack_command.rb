# frozen_string_literal: true

module Deplite
  module Models
    # A slash command, form-encoded as Slack sends it.
    class SlackCommand < Model
      # @!attribute [r] command
      #   @return [String]
      attribute :command, "command", :string, required: true
      # @!attribute [r] text
      #   @return [String]
      attribute :text, "text", :string
      # @!attribute [r] team_id
      #   @return [String]
      attribute :team_id, "team_id", :string, required: true
      # @!attribute [r] user_id
      #   @return [String]
      attribute :user_id, "user_id", :string, required: true
      # @!attribute [r] channel_id
      #   @return [String]
      attribute :channel_id, "channel_id", :string
      # @!attribute [r] response_url
      #   @return [String]
      attribute :response_url, "response_url", :string
      # @!attribute [r] trigger_id
      #   @return [String]
      attribute :trigger_id, "trigger_id", :string
    end
  end
end
