# frozen_string_literal: true

# Shared by every test: the generated AxHub gem, minitest, and a local HTTP server that
# answers what each test scripts and records what it received.

require "minitest/autorun"
require "webrick"
require "logger"
require "stringio"
require "axhub"

module SdkTest
  BASE_APP = "5f0c2b8e-8d47-4d4e-9d8c-1f2e3a4b5c6d"
  DID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

  DEPLOYMENT = {
    "id" => DID,
    "app_id" => BASE_APP,
    "commit_sha" => "a" * 40,
    "status" => "building",
    "trigger_source" => "manual",
    "started_at" => "2026-11-22T09:00:00Z",
    "completed_at" => nil,
    "current_stage" => "building",
    "failure_reason" => nil,
    "image_uri" => nil
  }.freeze

  # One request as the server saw it.
  Received = Struct.new(:http_method, :path, :query, :headers, :body, keyword_init: true) do
    def header(name)
      headers[name.downcase]
    end

    def json
      JSON.parse(body)
    end
  end

  # Hands every request, whatever its method, to the test server.
  class Servlet < WEBrick::HTTPServlet::AbstractServlet
    def initialize(server, handler)
      super(server)
      @handler = handler
    end

    def service(request, response)
      @handler.call(request, response)
    end
  end

  # A local HTTP server on an ephemeral port. `reply` takes a block called with each
  # Received request and returning [status, headers, body]; the body may be a Hash or an
  # Array (sent as JSON), a String, nil, or a Proc that writes the body in chunks (each
  # `out.write(text)` is one chunk of a chunked response).
  class Server
    attr_reader :requests

    def initialize
      @requests = Queue.new
      @handler = ->(_request) { [404, {}, { "code" => "not_found" }] }
      @lock = Mutex.new
      started = Queue.new
      @server = WEBrick::HTTPServer.new(BindAddress: "127.0.0.1", Port: 0, Logger: WEBrick::Log.new(File::NULL),
                                        AccessLog: [], StartCallback: -> { started << true })
      @server.mount("/", Servlet, method(:serve))
      @thread = Thread.new { @server.start }
      started.pop
    end

    def url
      "http://127.0.0.1:#{@server.config[:Port]}"
    end

    def reply(&block)
      @lock.synchronize { @handler = block }
    end

    # Answer with each of `replies` in turn ([status, headers, body]), the last one again after.
    def replies(*replies)
      index = -1
      reply { replies[[index += 1, replies.length - 1].min] }
    end

    def received
      list = []
      list << @requests.pop until @requests.empty?
      list
    end

    def stop
      @server.shutdown
      @thread.join(5)
    end

    private

    def serve(request, response)
      received = Received.new(
        http_method: request.request_method, path: request.unparsed_uri.split("?").first,
        query: URI.decode_www_form(request.query_string.to_s),
        headers: request.header.transform_values { |values| values.join(", ") },
        body: request.body.to_s
      )
      @requests << received
      status, headers, body = @lock.synchronize { @handler }.call(received)
      response.status = status
      headers.each { |name, value| response[name] = value }
      case body
      when Hash, Array
        response["Content-Type"] ||= "application/json"
        response.body = JSON.generate(body)
      when String then response.body = body
      when Proc
        response.chunked = true
        response.body = body
      end
    end
  end

  # An injectable clock: `sleeper` records the delays and moves the clock on.
  class FakeClock
    attr_reader :sleeps
    attr_accessor :now

    def initialize
      @now = 1000.0
      @sleeps = []
    end

    def clock
      -> { @now }
    end

    def wall_clock
      -> { 1_800_000_000.0 + @now }
    end

    def sleeper
      lambda do |seconds|
        @sleeps << seconds
        @now += seconds
      end
    end
  end

  # Each test gets a fresh server, a fake clock and a client on both, retries off unless asked.
  class TestCase < Minitest::Test
    def setup
      @server = Server.new
      @clock = FakeClock.new
    end

    def teardown
      (@clients || []).each(&:close)
      @server.stop
    end

    def client(**settings)
      made = AxHub::Client.new(base_url: @server.url, token: "tok", max_retries: 0, clock: @clock.clock,
                               wall_clock: @clock.wall_clock, sleeper: @clock.sleeper, jitter: -> { 0.5 },
                               **settings)
      (@clients ||= []) << made
      made
    end

    def app
      { "appID" => BASE_APP }
    end

    def deployment_path
      { "appID" => BASE_APP, "did" => DID }
    end
  end
end
