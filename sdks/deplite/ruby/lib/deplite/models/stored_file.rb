# frozen_string_literal: true

module Deplite
  module Models
    # StoredFile: an object of Deplite API.
    class StoredFile < Model
      # @!attribute [r] id
      #   @return [String]
      attribute :id, "id", :string, required: true
      # @!attribute [r] org_id
      #   @return [String]
      attribute :org_id, "orgId", :string, required: true
      # @!attribute [r] file_name
      #   @return [String]
      attribute :file_name, "fileName", :string, required: true
      # @!attribute [r] content_type
      #   @return [String]
      attribute :content_type, "contentType", :string, required: true
      # @!attribute [r] size
      #   @return [Integer]
      attribute :size, "size", :integer, required: true
      # @!attribute [r] state
      #   @return [String] Values: {Deplite::Models::FileState}.
      attribute :state, "state", :FileState, required: true
      # @!attribute [r] created_at
      #   @return [Time]
      attribute :created_at, "createdAt", :date_time, required: true
      # @!attribute [r] uploaded_at
      #   @return [Time, nil]
      attribute :uploaded_at, "uploadedAt", :date_time, nullable: true
    end
  end
end
