# frozen_string_literal: true

module Deplite
  module Models
    # LogUploadAck: an object of Deplite API.
    class LogUploadAck < Model
      # @!attribute [r] accepted
      #   @return [Integer] How many lines were new.
      attribute :accepted, "accepted", :integer, required: true
      # @!attribute [r] next_seq
      #   @return [Integer] One past the highest sequence number stored.
      attribute :next_seq, "nextSeq", :integer, required: true
    end
  end
end
