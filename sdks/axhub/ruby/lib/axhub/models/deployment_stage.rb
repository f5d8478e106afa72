# frozen_string_literal: true

module AxHub
  module Models
    # Stage a running deployment is currently in.
    module DeploymentStage
      extend Enum

      PENDING = "pending"
      BUILDING = "building"
      PUSHING = "pushing"
      DEPLOYING = "deploying"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[pending building pushing deploying].freeze
    end
  end
end
