# frozen_string_literal: true

module Deplite
  module Models
    # Heartbeat: an object of Deplite API.
    class Heartbeat < Model
      # @!attribute [r] version
      #   @return [String]
      attribute :version, "version", :string
      # @!attribute [r] running_jobs
      #   @return [Array<String>]
      attribute :running_jobs, "runningJobs", [:array, :string]
    end
  end
end
