# frozen_string_literal: true

module AxHub
  module Models
    # Confirmation for switching staging off.
    class DisableStagingRequest < Model
      # @!attribute [r] confirm_discard_ops
      #   @return [Boolean] Explicit consent that schema changes not yet promoted are thrown away together with
      #     staging. False or absent gives 412 `confirm_discard_ops_required`.
      attribute :confirm_discard_ops, "confirm_discard_ops", :boolean
    end
  end
end
