# frozen_string_literal: true

# Shared by the Platform tests: the generated Platform gem and a fake transport that answers
# what each test scripts and records every request it was given.

require "minitest/autorun"
require "json"
require "platform_sdk"

module PlatformTest
  TENANT = {
    "id" => "ten_1", "name" => "Acme", "slug" => "acme", "parentId" => nil, "createdAt" => "2026-12-01T00:00:00Z"
  }.freeze

  # A transport: each request goes to the block given to #reply, which returns [status, body]
  # (a Hash as JSON) or an HTTPResponse. Thread-safe; every request is kept in #requests.
  class FakeTransport
    attr_reader :requests

    def initialize(&handler)
      @handler = handler
      @requests = []
      @lock = Mutex.new
    end

    def call(request)
      @lock.synchronize { @requests << request }
      status, body = @handler.call(request)
      return status if status.is_a?(PlatformSdk::HTTPResponse)

      PlatformSdk::HTTPResponse.new(status:, headers: { "content-type" => "application/json" },
                                    body: body.nil? ? "" : JSON.generate(body))
    end

    def sent(operation_id)
      @lock.synchronize { @requests.select { |request| request.operation_id == operation_id } }
    end
  end

  # The fake clock and sleeper a client takes (sleeping moves the clock on).
  class Clock
    attr_reader :now, :slept

    def initialize
      @now = 1000.0
      @slept = []
    end

    def call
      @now
    end

    def sleeper
      lambda do |seconds|
        @slept << seconds
        @now += seconds
      end
    end
  end

  # Builds Platform clients over a fake transport (no retries, no environment).
  class TestCase < Minitest::Test
    def client(transport, **settings)
      PlatformSdk::Client.new(base_url: "http://platform.test/v1", token: "tok", transport:, max_retries: 0,
                              environment: {}, **settings)
    end
  end
end
