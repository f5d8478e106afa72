# frozen_string_literal: true

module Deplite
  module Models
    # SlackEventAck: an object of Deplite API.
    class SlackEventAck < Model
      # @!attribute [r] challenge
      #   @return [String]
      attribute :challenge, "challenge", :string
      # @!attribute [r] ok
      #   @return [Boolean]
      attribute :ok, "ok", :boolean
    end
  end
end
