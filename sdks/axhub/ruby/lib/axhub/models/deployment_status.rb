# frozen_string_literal: true

module AxHub
  module Models
    # Lifecycle status of a deployment. `succeeded`, `failed` and `cancelled` are terminal.
    module DeploymentStatus
      extend Enum

      PENDING = "pending"
      BUILDING = "building"
      PUSHING = "pushing"
      DEPLOYING = "deploying"
      SUCCEEDED = "succeeded"
      FAILED = "failed"
      CANCELLED = "cancelled"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[pending building pushing deploying succeeded failed cancelled].freeze
    end
  end
end
