# frozen_string_literal: true

# Public: a file for a multipart/form-data field.
FilePart = Struct.new(:filename, :content, :content_type, keyword_init: true) do
  def initialize(filename:, content:, content_type: "application/octet-stream")
    super
  end
end
