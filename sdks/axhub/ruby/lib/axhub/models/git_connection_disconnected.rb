# frozen_string_literal: true

module AxHub
  module Models
    # The app has no GitHub connection.
    class GitConnectionDisconnected < Model
      # @!attribute [r] connected
      #   @return [Boolean] Always false in this shape.
      attribute :connected, "connected", [:const, false], required: true
      # @!attribute [r] install_url
      #   @return [String] GitHub App installation page with a fresh state token attached (valid for 10 minutes). Only
      #     present for the app's owner and tenant admins.
      attribute :install_url, "install_url", :string
    end
  end
end
