# frozen_string_literal: true

module AxHub
  module Models
    # Options for a rollback. The body is optional.
    class RollbackRequest < Model
      # @!attribute [r] confirm_schema_skew
      #   @return [Boolean] Acknowledges that a rollback does not revert the database schema. Only needed when
      #     destructive schema changes were applied after the target version; without it such a rollback gives 412
      #     `confirm_schema_skew_required`.
      attribute :confirm_schema_skew, "confirm_schema_skew", :boolean
    end
  end
end
