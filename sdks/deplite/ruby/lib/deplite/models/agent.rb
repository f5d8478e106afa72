# frozen_string_literal: true

module Deplite
  module Models
    # Agent: an object of Deplite API.
    class Agent < Model
      # @!attribute [r] id
      #   @return [String]
      attribute :id, "id", :string, required: true
      # @!attribute [r] org_id
      #   @return [String]
      attribute :org_id, "orgId", :string, required: true
      # @!attribute [r] name
      #   @return [String]
      attribute :name, "name", :string, required: true
      # @!attribute [r] status
      #   @return [String] Values: {Deplite::Models::AgentStatus}.
      attribute :status, "status", :AgentStatus, required: true
      # @!attribute [r] hostname
      #   @return [String] The machine's host name
      attribute :hostname, "hostname", :string
      # @!attribute [r] version
      #   @return [String] The agent's version.
      attribute :version, "version", :string
      # @!attribute [r] last_seen_at
      #   @return [Time, nil]
      attribute :last_seen_at, "lastSeenAt", :date_time, nullable: true
      # @!attribute [r] enrolled_at
      #   @return [Time]
      attribute :enrolled_at, "enrolledAt", :date_time, required: true
    end
  end
end
