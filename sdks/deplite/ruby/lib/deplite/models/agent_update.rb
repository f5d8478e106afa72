# frozen_string_literal: true

module Deplite
  module Models
    # AgentUpdate: an object of Deplite API.
    class AgentUpdate < Model
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
    end
  end
end
