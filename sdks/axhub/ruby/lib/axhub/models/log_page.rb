# frozen_string_literal: true

module AxHub
  module Models
    # A page of runtime log lines.
    class LogPage < Model
      # @!attribute [r] lines
      #   @return [Array<AxHub::Models::LogLine>] Log lines in ascending time order; empty when the range has no
      #     output.
      attribute :lines, "lines", [:array, :LogLine], required: true
      # @!attribute [r] next_cursor
      #   @return [String] Pass as `cursor` on the next call to continue (older lines when going backward, newer ones
      #     when going forward). Empty when there is nothing further.
      attribute :next_cursor, "next_cursor", :string, required: true
      # @!attribute [r] has_more
      #   @return [Boolean] True when another page is immediately available. In forward mode a full page also sets it,
      #     so the caller can fetch again at once instead of waiting for the next poll.
      attribute :has_more, "has_more", :boolean, required: true
    end
  end
end
