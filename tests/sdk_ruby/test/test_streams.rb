# frozen_string_literal: true

require_relative "test_helper"

# Server-sent events: the parser against every way a stream can be cut into chunks, then
# streams from a local server (events as they arrive, break closes, retries only before the
# stream, errors typed).
class StreamTest < SdkTest::TestCase
  # Every line ending, a comment, multi-line data, id, retry, an event name, a BOM, a
  # character of more than one byte and a last event without a blank line after it.
  STREAM = "\xEF\xBB\xBF: a comment\r\n" \
           "data: first\r\n\r\n" \
           "event: update\rdata: two\rdata:  lines\r\r" \
           "id: 7\nretry: 1500\ndata: {\"n\": 3}\n\n" \
           "data\nid: bad\0id\nevent: empty\n\n" \
           "retry: soon\ndata: caf\u00e9 \u2603\n\n" \
           ": only a comment\n\n" \
           "data: last"
  EXPECTED = [
    AxHub::ServerSentEvent.new(event: "message", data: "first"),
    AxHub::ServerSentEvent.new(event: "update", data: "two\n lines"),
    AxHub::ServerSentEvent.new(event: "message", data: "{\"n\": 3}", id: "7", retry: 1500),
    AxHub::ServerSentEvent.new(event: "empty", data: "", id: "7", retry: 1500),
    AxHub::ServerSentEvent.new(event: "message", data: "caf\u00e9 \u2603", id: "7", retry: 1500),
    AxHub::ServerSentEvent.new(event: "message", data: "last", id: "7", retry: 1500)
  ].freeze

  def parse(chunks)
    events = []
    parser = AxHub::Internal::EventParser.new
    chunks.each { |chunk| parser.feed(chunk) { |event| events << event } }
    parser.finish { |event| events << event }
    events
  end

  def operation(http_method: "GET")
    AxHub::Operation.new(operation_id: "events", http_method:, path: "/events",
                         responses: { "200" => :event_stream, "404" => :any }, security: [])
  end

  def test_the_parser_reads_the_same_events_however_the_stream_is_cut
    bytes = STREAM.b
    assert_equal EXPECTED, parse([bytes])
    assert_equal EXPECTED, parse(bytes.each_char.to_a)
    (1...bytes.bytesize).each do |cut|
      assert_equal EXPECTED, parse([bytes.byteslice(0, cut), bytes.byteslice(cut..)]), "cut at #{cut}"
    end
  end

  def test_a_final_blank_line_and_a_trailing_cr_end_the_last_event
    assert_equal [AxHub::ServerSentEvent.new(data: "x")], parse(["data: x\r"])
    assert_equal [AxHub::ServerSentEvent.new(data: "x")], parse(["data: x\n"])
    assert_empty parse(["event: nothing\n\n", ": bye"])
  end

  def test_events_stream_from_a_chunked_response
    chunks = ["data: fir", "st\r\n\r", "\nevent: update\rdata: two\r", "data:  lines\r\r", "data: last"]
    @server.replies([200, { "Content-Type" => "text/event-stream" }, proc { |out| chunks.each { |c| out.write(c) } }])
    events = []
    assert_nil client.stream(operation) { |event| events << event }
    assert_equal EXPECTED.values_at(0, 1).map(&:data) + ["last"], events.map(&:data)
    assert_equal "text/event-stream", @server.received.first.header("accept")
  end

  def test_each_event_arrives_before_the_server_writes_the_next
    seen = Queue.new
    answered = Queue.new
    @server.replies([200, {}, proc do |out|
      out.write("data: one\n\n")
      # Bounded, so that a client that waits for the whole body fails instead of hanging.
      waited = 400.times.find { seen.empty? ? !sleep(0.05) : true }
      answered << (waited ? :after_the_first_event : :never)
      out.write("data: two\n\n")
    end])
    events = client.stream(operation).map do |event|
      seen << event
      event.data
    end
    assert_equal %w[one two], events
    assert_equal :after_the_first_event, answered.pop
  end

  def test_break_closes_the_connection
    broke = Queue.new
    outcome = Queue.new
    @server.replies([200, {}, proc do |out|
      out.write("data: one\n\n")
      broke.pop
      outcome << (200.times.all? { out.write("data: more\n\n" * 100) } ? :wrote_everything : :never)
    rescue SystemCallError, IOError
      outcome << :connection_closed
    end])
    first = nil
    client.stream(operation) do |event|
      first = event
      break
    end
    broke << true
    assert_equal "one", first.data
    assert_equal :connection_closed, outcome.pop
  end

  def test_an_enumerator_sends_the_request_when_iterated
    @server.replies([200, {}, "data: a\n\ndata: b\n\ndata: c\n\n"])
    events = client.stream(operation)
    assert_empty @server.received
    assert_equal %w[a b], events.first(2).map(&:data)
    assert_equal %w[a b c], events.map(&:data)
    assert_equal 2, @server.received.length
  end

  def test_an_error_status_before_the_stream_is_typed
    @server.replies([404, {}, { "code" => "not_found", "message" => "no events" }])
    error = assert_raises(AxHub::NotFoundError) { client.stream(operation) { flunk "no event expected" } }
    assert_equal "no events", error.server_message
    assert_equal({ "code" => "not_found", "message" => "no events" }, error.body)
  end

  def test_retries_apply_until_the_stream_starts
    @server.replies([503, { "Retry-After" => "1" }, nil], [200, {}, "data: ok\n\n"])
    assert_equal ["ok"], client(max_retries: 2).stream(operation).map(&:data)
    assert_equal 2, @server.received.length
    assert_equal [1.0], @clock.sleeps
  end

  def test_a_stream_that_breaks_is_never_retried
    @server.replies([200, {}, proc do |out|
      out.write("data: one\n\n")
      raise IOError, "the server went away"
    end])
    events = []
    error = assert_raises(AxHub::APIConnectionError) do
      client(max_retries: 2).stream(operation) { |event| events << event.data }
    end
    assert_match(%r{events: GET /events: the event stream broke}, error.message)
    assert_equal ["one"], events
    assert_equal 1, @server.received.length
    assert_empty @clock.sleeps
  end

  def test_the_consumer_s_own_error_passes_through
    @server.replies([200, {}, "data: one\n\ndata: two\n\n"])
    error = assert_raises(IOError) { client(max_retries: 2).stream(operation) { raise IOError, "mine" } }
    assert_equal "mine", error.message
    assert_equal 1, @server.received.length
  end

  def test_a_transport_without_stream_gives_the_events_of_the_whole_body
    transport = lambda do |request|
      assert_equal "text/event-stream", request["Accept"]
      AxHub::HTTPResponse.new(status: 200, headers: { "content-type" => "text/event-stream" }, body: STREAM)
    end
    assert_equal EXPECTED, client(transport:).stream(operation).to_a
  end

  # The timeout bounds the wait for the headers only: a quiet spell longer than it, once the
  # stream is open, must not break the stream.
  def test_a_quiet_spell_longer_than_the_timeout_keeps_the_stream
    @server.replies([200, { "Content-Type" => "text/event-stream" }, proc do |out|
      [0.1, 0.1, 0.4, 0.1].each_with_index do |pause, index|
        out.write("data: #{index}\n\n")
        sleep(pause)
      end
      out.write("data: end\n\n")
    end])
    events = client(timeout: 0.25).stream(operation).map(&:data)
    assert_equal %w[0 1 2 3 end], events
  end

  def test_the_timeout_still_bounds_the_wait_for_the_headers
    @server.reply do
      sleep(1.0)
      [200, {}, "data: late\n\n"]
    end
    quick = client(timeout: 0.2)
    error = assert_raises(AxHub::APITimeoutError) { quick.stream(operation) { flunk "no event expected" } }
    assert_match(/timed out/, error.message)
  end

  def test_request_reads_a_whole_stream_into_events
    @server.replies([200, { "Content-Type" => "text/event-stream" }, STREAM])
    assert_equal EXPECTED, client.request(operation)
  end
end
