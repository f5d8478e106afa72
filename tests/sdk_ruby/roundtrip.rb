# frozen_string_literal: true

# The round-trip harness of tests/generation/test_ruby_roundtrip.py. Reads a JSON job file:
#
#   { "libs": { lib_dir => feature }, "jobs": [ { index, module, type, document, classes } ],
#     "hostile": { "module", "enum" } }
#
# requires every gem with warnings on, decodes each document into its model, checks the class
# of each value named in `classes` (a dotted path of wire names and indexes), encodes the value
# back and compares it with the document as JSON values. Prints a JSON report: the failures,
# how many documents were checked, and the hostile enum's VALUES as the loaded code holds them.
#
#   ruby -w roundtrip.rb jobs.json

require "json"

# Collects warnings (a generated gem must load without any).
module RoundTripWarnings
  def self.messages
    @messages ||= []
  end

  def warn(message, category: nil, **)
    RoundTripWarnings.messages << message
    _ = category
    nil
  end
end
Warning.extend(RoundTripWarnings)
$VERBOSE = true

# The checks of one document.
module RoundTrip
  module_function

  # Equal as JSON values: same keys, same items, numbers by value, null apart from absent.
  def same?(left, right)
    case left
    when Hash then right.is_a?(Hash) && left.keys.sort == right.keys.sort && left.all? { |k, v| same?(v, right[k]) }
    when Array then right.is_a?(Array) && left.length == right.length && left.zip(right).all? { |a, b| same?(a, b) }
    when Numeric then right.is_a?(Numeric) && left == right
    else left.instance_of?(right.class) && left == right
    end
  end

  # The value at a dotted path: wire names into models and Hashes, indexes into Arrays.
  def walk(value, path, sdk)
    path.split(".").reject(&:empty?).reduce(value) do |node, step|
      case node
      when sdk::Model then node[step]
      when Array then node[Integer(step)]
      when Hash then node[step]
      else raise ArgumentError, "cannot step into #{node.class} with #{step.inspect}"
      end
    end
  end

  def check(job)
    sdk = Object.const_get(job["module"])
    value = sdk::Internal::Serde.decode(job["document"], job["type"].to_sym)
    problems = job["classes"].filter_map do |path, name|
      node = walk(value, path, sdk)
      expected = sdk::Models.const_get(name, false)
      "#{path.empty? ? "value" : path} is a #{node.class}, not #{expected}" unless node.instance_of?(expected)
    end
    again = sdk::Internal::Serde.encode(value)
    problems << "#{JSON.generate(again)} != #{JSON.generate(job["document"])}" unless same?(again, job["document"])
    problems
  rescue StandardError => e
    ["#{e.class}: #{e.message} (#{e.backtrace.first})"]
  end
end

input = JSON.parse(File.read(ARGV.fetch(0)))
failures = []
input["libs"].each do |lib, feature|
  $LOAD_PATH.unshift(lib)
  require feature
rescue StandardError, ScriptError => e
  failures << "require #{feature}: #{e.class}: #{e.message}"
end
input["jobs"].each do |job|
  RoundTrip.check(job).each { |problem| failures << "##{job["index"]} #{job["module"]}.#{job["type"]}: #{problem}" }
end
hostile = input["hostile"]
values = Object.const_get(hostile["module"])::Models.const_get(hostile["enum"], false)::VALUES
failures.concat(RoundTripWarnings.messages)
puts JSON.generate({ "failures" => failures, "checked" => input["jobs"].length, "hostile" => values })
exit(failures.empty? ? 0 : 1)
