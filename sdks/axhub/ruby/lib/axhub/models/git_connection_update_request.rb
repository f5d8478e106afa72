# frozen_string_literal: true

module AxHub
  module Models
    # New auto-deploy branch for an existing connection.
    class GitConnectionUpdateRequest < Model
      # @!attribute [r] branch
      #   @return [String] Name of the branch whose pushes should deploy automatically.
      attribute :branch, "branch", :string, required: true
    end
  end
end
