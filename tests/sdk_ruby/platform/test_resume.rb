# frozen_string_literal: true

require_relative "platform_helper"

# x-sdkgen-resume: a broken event stream reconnects with Last-Event-ID after the server's retry,
# bounded by max_reconnects, without losing or repeating events.
class ResumeTest < PlatformTest::TestCase
  # A streaming transport over a log of events: each connection starts after the Last-Event-ID it
  # is sent and breaks (an APIConnectionError mid-body) after `per_connection` events.
  class FlakyStream
    attr_reader :last_event_ids

    def initialize(count, per_connection:)
      @events = (1..count).map { |n| "id: #{n}\nevent: tick\ndata: {\"n\":#{n}}\n\n" }
      @per_connection = per_connection
      @last_event_ids = []
    end

    def call(_request)
      raise "only streams here"
    end

    def stream(request)
      after = request["Last-Event-ID"]
      @last_event_ids << after
      rest = @events.drop(after.to_i)
      head = PlatformSdk::HTTPResponse.new(status: 200, headers: { "content-type" => "text/event-stream" })
      yield head, Body.new(["retry: 250\n\n", *rest.first(@per_connection)], broken: rest.length > @per_connection)
    end
  end

  # Chunks, then a break (or a clean end).
  class Body
    def initialize(chunks, broken:)
      @chunks = chunks
      @broken = broken
    end

    def each(&block)
      @chunks.each(&block)
      raise PlatformSdk::APIConnectionError, "connection reset mid-stream" if @broken
    end
  end

  def stream_client(transport, clock)
    client(transport, sleeper: clock.sleeper)
  end

  def test_a_broken_stream_resumes_with_nothing_lost_or_repeated
    clock = PlatformTest::Clock.new
    flaky = FlakyStream.new(7, per_connection: 2)
    events = stream_client(flaky, clock).stream("streamEvents").first(7)
    assert_equal %w[1 2 3 4 5 6 7], events.map(&:id)
    assert_equal (1..7).map { |n| "{\"n\":#{n}}" }, events.map(&:data)
    assert_equal [nil, "2", "4", "6"], flaky.last_event_ids
    assert_equal [0.25] * 3, clock.slept # the server's retry, not the spec's 1000 ms
  end

  def test_reconnects_are_bounded_when_no_event_comes
    clock = PlatformTest::Clock.new
    dead = FlakyStream.new(0, per_connection: 0)
    def dead.stream(request)
      @last_event_ids << request["Last-Event-ID"]
      head = PlatformSdk::HTTPResponse.new(status: 200, headers: {})
      yield head, Body.new([], broken: true)
    end
    assert_raises(PlatformSdk::APIConnectionError) { stream_client(dead, clock).stream("streamEvents").to_a }
    assert_equal 6, dead.last_event_ids.length # the first connection and 5 reconnects (maxReconnects)
    assert_equal [1.0] * 5, clock.slept # no retry from the server: the spec's retryMs
  end

  def test_a_stream_that_ends_cleanly_ends_after_the_reconnects
    clock = PlatformTest::Clock.new
    flaky = FlakyStream.new(3, per_connection: 3)
    events = stream_client(flaky, clock).stream("streamEvents").to_a
    assert_equal %w[1 2 3], events.map(&:id)
    assert_equal [nil, "3", "3", "3", "3", "3"], flaky.last_event_ids
  end

  def test_the_caller_can_start_after_an_id
    flaky = FlakyStream.new(4, per_connection: 4)
    events = stream_client(flaky, PlatformTest::Clock.new).stream("streamEvents", headers: { "Last-Event-ID" => "2" })
    assert_equal %w[3 4], events.first(2).map(&:id)
    assert_equal ["2"], flaky.last_event_ids
  end
end
