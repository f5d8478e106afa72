# frozen_string_literal: true

module Deplite
  module Models
    # AgentEnrollRequest: an object of Deplite API.
    class AgentEnrollRequest < Model
      # @!attribute [r] hostname
      #   @return [String]
      attribute :hostname, "hostname", :string
      # @!attribute [r] version
      #   @return [String]
      attribute :version, "version", :string
    end
  end
end
