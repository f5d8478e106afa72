# frozen_string_literal: true

module Deplite
  module Models
    # FileUploadRequest: an object of Deplite API.
    class FileUploadRequest < Model
      # @!attribute [r] file_name
      #   @return [String]
      attribute :file_name, "fileName", :string, required: true
      # @!attribute [r] content_type
      #   @return [String]
      attribute :content_type, "contentType", :string, required: true
      # @!attribute [r] size
      #   @return [Integer] The size in bytes (at most 100 MiB).
      attribute :size, "size", :integer, required: true
    end
  end
end
