# frozen_string_literal: true

module Deplite
  module Models
    # EnrollmentTokenCreate: an object of Deplite API.
    class EnrollmentTokenCreate < Model
      # @!attribute [r] label
      #   @return [String] A note on where the agent will run; it becomes the agent's name.
      attribute :label, "label", :string, required: true
    end
  end
end
