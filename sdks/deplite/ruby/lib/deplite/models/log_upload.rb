# frozen_string_literal: true

module Deplite
  module Models
    # LogUpload: an object of Deplite API.
    class LogUpload < Model
      # @!attribute [r] items
      #   @return [Array<Deplite::Models::LogLine>]
      attribute :items, "items", [:array, :LogLine], required: true
    end
  end
end
