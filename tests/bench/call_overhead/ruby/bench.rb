# frozen_string_literal: true

# Per-call overhead of the Ruby SDK against bare Net::HTTP + JSON.parse on the same request.
# tests/bench/call_overhead_bench.py runs it as
#
#   ruby -w -I sdks/axhub/ruby/lib tests/bench/call_overhead/ruby/bench.rb CONFIG_JSON
#
# CONFIG_JSON is the config described in call_overhead_bench.py. Both paths send the same GET
# (Accept, User-Agent, Authorization) over a kept-alive connection and decode the whole answer:
# the SDK into its models, the bare path into Hashes and Arrays. They run in alternating timed
# blocks (the order flips every round). Prints one JSON line: per path, the median wall-clock
# microseconds per call over the blocks, and this process's CPU time per call (a mean over all
# blocks).

require "json"
require "net/http"
require "uri"
require "axhub"

BARE_USER_AGENT = "call-overhead-bare"

# The part of a decoded answer both paths must agree on: from a model (typed) or a Hash (bare).
module Summary
  module_function

  def get(value, typed)
    return { "id" => value.id, "status" => value.status, "image_uri" => value.image_uri } if typed

    { "id" => value["id"], "status" => value["status"], "image_uri" => value["image_uri"] }
  end

  def list(value, typed)
    if typed
      items = value.items
      return { "total" => value.total, "ids" => items.map(&:id),
               "failure_codes" => items.filter_map { |item| item.failure_reason&.code } }
    end
    items = value["items"]
    { "total" => value["total"], "ids" => items.map { |item| item["id"] },
      "failure_codes" => items.filter_map { |item| item["failure_reason"]&.fetch("code") } }
  end
end

def median(values)
  sorted = values.sort
  middle = sorted.length / 2
  sorted.length.odd? ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0
end

def mean(values)
  values.sum / values.length
end

def now
  [Process.clock_gettime(Process::CLOCK_MONOTONIC), Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)]
end

# Wall and CPU microseconds per call of each timed block, per path.
class Timings
  attr_reader :wall, :cpu

  def initialize
    @wall = { "sdk" => [], "bare" => [] }
    @cpu = { "sdk" => [], "bare" => [] }
  end

  # Time `calls` calls of the block as one block of path `name`; returns the last result.
  def block(name, calls)
    start_wall, start_cpu = now
    last = nil
    calls.times { last = yield }
    end_wall, end_cpu = now
    @wall[name] << ((end_wall - start_wall) * 1e6 / calls)
    @cpu[name] << ((end_cpu - start_cpu) * 1e6 / calls)
    last
  end
end

# Warm-up, then alternating timed blocks of both paths (the order flips every round).
def time_paths(config, paths)
  config["warmup"].times { paths.each_value(&:call) }
  timings = Timings.new
  last = {}
  rounds = [1, (config["n"] + config["block"] - 1) / config["block"]].max
  rounds.times do |round|
    (round.even? ? %w[sdk bare] : %w[bare sdk]).each do |name|
      last[name] = timings.block(name, config["block"], &paths.fetch(name))
    end
  end
  [timings, last]
end

# The row for the table.
def measure(config, call, paths)
  timings, last = time_paths(config, paths)
  {
    "client" => "ruby", "call" => call,
    "sdk_us_per_call" => median(timings.wall["sdk"]), "bare_us_per_call" => median(timings.wall["bare"]),
    "sdk_cpu_us_per_call" => mean(timings.cpu["sdk"]), "bare_cpu_us_per_call" => mean(timings.cpu["bare"]),
    "sdk_blocks" => timings.wall["sdk"], "bare_blocks" => timings.wall["bare"],
    "sdk_value" => Summary.public_send(call, last["sdk"], true),
    "bare_value" => Summary.public_send(call, last["bare"], false)
  }
end

def bare_get(http, target, headers)
  response = http.request(Net::HTTP::Get.new(target, headers))
  raise "bare #{target}: status #{response.code}: #{response.body}" unless response.code == "200"

  JSON.parse(response.body)
end

# The SDK call and the bare call of `call`, as lambdas.
def paths_for(call, config, deployments, http)
  base = "#{URI(config["base_url"]).path.chomp("/")}/api/v1/apps/#{config["app"]}/deployments"
  headers = { "Accept" => "application/json", "User-Agent" => BARE_USER_AGENT,
              "Authorization" => "Bearer #{config["token"]}" }
  case call
  when "get"
    path_params = { "appID" => config["app"], "did" => config["did"] }
    { "sdk" => -> { deployments.deploy_get_api_v1_apps_by_app_id_deployments_by_did(path_params:) },
      "bare" => -> { bare_get(http, "#{base}/#{config["did"]}", headers) } }
  when "list"
    path_params = { "appID" => config["app"] }
    query = { "limit" => config["limit"] }
    { "sdk" => -> { deployments.deploy_get_api_v1_apps_by_app_id_deployments(path_params:, query:) },
      "bare" => -> { bare_get(http, "#{base}?limit=#{config["limit"]}", headers) } }
  else
    raise ArgumentError, "unknown call #{call.inspect}"
  end
end

def run(config)
  client = AxHub::Client.new(base_url: config["base_url"], token: config["token"])
  uri = URI(config["base_url"])
  Net::HTTP.start(uri.host, uri.port) do |http|
    config["calls"].map { |call| measure(config, call, paths_for(call, config, client.deployments, http)) }
  end
ensure
  client&.close
end

if ARGV.length != 1
  warn "usage: ruby -I sdks/axhub/ruby/lib bench.rb CONFIG_JSON"
  exit 2
end
puts JSON.generate({ "rows" => run(JSON.parse(ARGV[0])) })
