# frozen_string_literal: true

module AxHub
  module Models
    # What started a deployment: a repository push (`webhook`), a user (`manual`) or a rollback (`rollback`).
    module TriggerSource
      extend Enum

      WEBHOOK = "webhook"
      MANUAL = "manual"
      ROLLBACK = "rollback"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[webhook manual rollback].freeze
    end
  end
end
