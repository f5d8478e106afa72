# frozen_string_literal: true

module Deplite
  module Models
    # Where the trigger is meant to be started from.
    module TriggerType
      extend Enum

      WEBHOOK = "webhook"
      MANUAL = "manual"
      SLACK = "slack"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[webhook manual slack].freeze
    end
  end
end
