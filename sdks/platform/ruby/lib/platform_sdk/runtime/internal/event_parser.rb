# frozen_string_literal: true

module Internal
  # Internal: bytes of a `text/event-stream` body in, ServerSentEvents out, as the HTML
  # standard reads them whatever the chunk boundaries: lines end with CRLF, LF or CR; a line
  # starting with ":" is a comment; `field: value` loses one space after the colon; a blank
  # line dispatches the event when it has data. #finish also dispatches a last event that
  # had no blank line after it. Lines are split as bytes (a line end is never part of a
  # UTF-8 sequence), so a character split across chunks is decoded whole.
  class EventParser
    BOM = "\xEF\xBB\xBF".b.freeze
    LINE_END = /[\r\n]/
    DIGITS = /\A[0-9]+\z/
    private_constant :BOM, :LINE_END, :DIGITS

    # Every event of a whole body.
    #
    # @param body [String]
    # @return [Array<ServerSentEvent>]
    def self.parse(body)
      events = []
      parser = new
      parser.feed(body) { |event| events << event }
      parser.finish { |event| events << event }
      events
    end

    def initialize
      @buffer = "".b
      @started = false
      @data = []
      @event = ""
      @id = nil
      @retry = nil
    end

    # Read one chunk; yields each event it completes.
    def feed(chunk, &)
      @buffer << chunk.b
      return unless start

      lines(final: false, &)
    end

    # The end of the stream: the pending line and the pending event, if any, are yielded.
    def finish(&)
      @started = true
      lines(final: true, &)
      line(@buffer, &) unless @buffer.empty?
      @buffer = "".b
      line("", &)
    end

    private

    # Drop the byte order mark a stream may start with; false while too few bytes tell.
    def start
      return true if @started
      return false if @buffer.bytesize < BOM.bytesize && BOM.start_with?(@buffer)

      @buffer = @buffer.byteslice(BOM.bytesize..) if @buffer.start_with?(BOM)
      @started = true
    end

    def lines(final:, &block)
      from = 0
      while (index = @buffer.index(LINE_END, from))
        crlf = @buffer.getbyte(index) == 13
        # A CR at the very end may be the first half of a CRLF: wait for the next chunk.
        break if crlf && index + 1 == @buffer.bytesize && !final

        line(@buffer.byteslice(from, index - from), &block)
        from = index + (crlf && @buffer.getbyte(index + 1) == 10 ? 2 : 1)
      end
      @buffer = @buffer.byteslice(from..)
    end

    def line(bytes, &block)
      return dispatch(&block) if bytes.empty?
      return if bytes.start_with?(":") # a comment, often a keep-alive

      field, _, value = bytes.dup.force_encoding(Encoding::UTF_8).scrub.partition(":")
      value = value.delete_prefix(" ")
      case field
      when "data" then @data << value
      when "event" then @event = value
      when "id" then @id = value unless value.include?("\0")
      when "retry" then @retry = Integer(value, 10) if value.match?(DIGITS)
      end
    end

    def dispatch
      unless @data.empty?
        yield ServerSentEvent.new(event: @event.empty? ? "message" : @event, data: @data.join("\n"), id: @id,
                                  retry: @retry)
      end
      @data = []
      @event = ""
    end
  end
end
