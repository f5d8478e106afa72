# frozen_string_literal: true

module Deplite
  module Models
    # PresignedUpload: an object of Deplite API.
    class PresignedUpload < Model
      # @!attribute [r] file_id
      #   @return [String]
      attribute :file_id, "fileId", :string, required: true
      # @!attribute [r] upload_url
      #   @return [String] Where to send the bytes.
      attribute :upload_url, "uploadUrl", :string, required: true
      # @!attribute [r] method_
      #   @return [String] Values: {Deplite::Models::PresignedUploadMethod}.
      attribute :method_, "method", :PresignedUploadMethod, required: true
      # @!attribute [r] headers
      #   @return [Hash{String => String}] Headers the upload must carry.
      attribute :headers, "headers", [:map, :string], required: true
      # @!attribute [r] expires_at
      #   @return [Time]
      attribute :expires_at, "expiresAt", :date_time, required: true
    end
  end
end
