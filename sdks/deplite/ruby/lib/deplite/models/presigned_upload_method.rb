# frozen_string_literal: true

module Deplite
  module Models
    # PresignedUploadMethod: an enum of Deplite API.
    module PresignedUploadMethod
      extend Enum

      PUT = "PUT"

      # Every value this version knows; the API may send others, which are kept as they come.
      VALUES = ["PUT"].freeze
    end
  end
end
