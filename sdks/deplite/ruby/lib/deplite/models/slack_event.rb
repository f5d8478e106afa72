# frozen_string_literal: true

module Deplite
  module Models
    # An Events API envelope, as Slack sends it.
    class SlackEvent < Model
      # @!attribute [r] type
      #   @return [String] `url_verification` or `event_callback`.
      attribute :type, "type", :string, required: true
      # @!attribute [r] challenge
      #   @return [String] With `url_verification`
      attribute :challenge, "challenge", :string
      # @!attribute [r] team_id
      #   @return [String]
      attribute :team_id, "team_id", :string
      # @!attribute [r] event
      #   @return [Hash{String => Object}]
      attribute :event, "event", [:map, :any]
    end
  end
end
