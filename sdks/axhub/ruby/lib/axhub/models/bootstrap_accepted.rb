# frozen_string_literal: true

module AxHub
  module Models
    # Handle of a bootstrap that has started.
    class BootstrapAccepted < Model
      # @!attribute [r] bootstrap_id
      #   @return [String] ID to poll for progress.
      attribute :bootstrap_id, "bootstrap_id", :string, required: true
      # @!attribute [r] status_url
      #   @return [String] Path of the progress endpoint for this bootstrap.
      attribute :status_url, "status_url", :string, required: true
    end
  end
end
