# frozen_string_literal: true

module Deplite
  module Models
    # `workflow`: the trigger runs its `workflowName` only; `agent`: a run may name any workflow its agent reported.
    module TriggerScope
      extend Enum

      WORKFLOW = "workflow"
      AGENT = "agent"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = %w[workflow agent].freeze
    end
  end
end
