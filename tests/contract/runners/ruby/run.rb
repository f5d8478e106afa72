# frozen_string_literal: true

# Contract runner for the Ruby SDKs: runs tests/contract/scenarios/*.json (AxHub's) and
# <api>/*.json (Deplite's, Platform's), each API against its own reference server, through
# the SDK's generic surface, by operationId: Client#request / #raw_request for plain calls
# and #paginate / #wait / #tail for the helpers. The format is tests/contract/README.md.
#
#   ruby -w -I sdks/axhub/ruby/lib -I sdks/deplite/ruby/lib -I sdks/platform/ruby/lib \
#     tests/contract/runners/ruby/run.rb --base-url http://127.0.0.1:8080 \
#     [--server deplite=URL] [--server platform=URL] [--api NAME]... [--scenarios DIR] [-k NAME]...
#
# Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed"; exits 1
# when anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.
# Standard library only.

require "json"
require "net/http"
require "optparse"
require "securerandom"
require "uri"
require "axhub"
require "deplite"
require "platform_sdk"

module ContractRunner
  MODE = "ruby"
  DEFAULT_WAIT_TIMEOUT = 60.0
  DEFAULT_WAIT_INTERVAL = 0.1
  DEFAULT_TAIL_TIMEOUT = 30.0
  DEFAULT_TAIL_INTERVAL = 0.1
  DEFAULT_SCENARIOS = File.expand_path("../../scenarios", __dir__)

  HELPERS = %w[paginate wait tail].freeze
  ERROR_CLASSES = %w[
    BadRequest Authentication PermissionDenied NotFound Conflict PreconditionFailed
    UnprocessableEntity PreconditionRequired RateLimit Client Server Connection Timeout
  ].freeze
  # The APIs a scenario may name ("api"; the first is the default, whose scenarios are the folder's *.json,
  # every other API's are <api>/*.json): the SDK's module, the base URL's path under the server's root and
  # the settings naming the other hosts' base URLs (path under the root).
  APIS = {
    "axhub" => { sdk: AxHub, base: "", hosts: {} },
    "deplite" => { sdk: Deplite, base: "/api", hosts: { agent_base_url: "" } },
    "platform" => { sdk: PlatformSdk, base: "/v1", hosts: {} }
  }.freeze
  DEFAULT_API = "axhub"
  SDKS = APIS.values.map { |api| api[:sdk] }.freeze
  SDK_ERRORS = SDKS.map { |sdk| sdk::Error }.freeze
  MODEL_CLASSES = SDKS.flat_map { |sdk| [sdk::Model, sdk::RedirectResult] }.freeze
  SCENARIO_KEYS = %w[name description api token vars steps].freeze
  STEP_KEYS = %w[
    description operation helper token signingKey pathParams query body headers options raw helperOptions expect
    capture
  ].freeze
  OPTION_KEYS = %w[maxRetries timeoutSeconds idempotencyKey].freeze
  HELPER_OPTION_KEYS = {
    "paginate" => [], "wait" => %w[timeoutSeconds intervalSeconds], "tail" => %w[take timeoutSeconds intervalSeconds]
  }.freeze
  SUCCESS_KEYS = %w[status headers empty fields present absent count minCount elapsedAtLeast].freeze
  ERROR_KEYS = %w[error status code retryAfter fields elapsedAtLeast].freeze
  MATCHERS = %w[$prefix $contains $type $len $plus $oneOf].freeze
  TYPES = %w[string number integer boolean null object array].freeze
  VAR_RE = /\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}/
  WHOLE_VAR_RE = /\A\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}\z/

  # The neutral error classes by the SDK classes' names (every SDK module has them), most specific first.
  ERROR_TABLE = [
    [:APITimeoutError, "Timeout"],
    [:APIConnectionError, "Connection"],
    [:BadRequestError, "BadRequest"],
    [:AuthenticationError, "Authentication"],
    [:PermissionDeniedError, "PermissionDenied"],
    [:NotFoundError, "NotFound"],
    [:ConflictError, "Conflict"],
    [:PreconditionFailedError, "PreconditionFailed"],
    [:UnprocessableEntityError, "UnprocessableEntity"],
    [:PreconditionRequiredError, "PreconditionRequired"],
    [:RateLimitError, "RateLimit"],
    [:ServerError, "Server"],
    [:ClientError, "Client"]
  ].freeze

  # One expectation did not hold.
  class StepFailure < StandardError; end

  # A missing value at a dotted path.
  MISSING = Object.new.freeze

  module_function

  # -- the format ---------------------------------------------------------------

  # Everything wrong with one scenario document (empty: valid).
  def validate_scenario(doc, stem = nil)
    return ["a scenario is a JSON object"] unless doc.is_a?(Hash)

    problems = (doc.keys - SCENARIO_KEYS).sort.map { |key| "unknown scenario key #{key.inspect}" }
    name = doc["name"]
    if !name.is_a?(String) || name.empty?
      problems << "name must be a non-empty string"
    elsif stem && name != stem
      problems << "name #{name.inspect} differs from the file name #{stem.inspect}"
    end
    description = doc["description"]
    problems << "description must be a non-empty string" if !description.is_a?(String) || description.empty?
    problems << "token must be a string or null" if doc.key?("token") && !(doc["token"].nil? || doc["token"].is_a?(String))
    problems << "vars must be an object" if doc.key?("vars") && !doc["vars"].is_a?(Hash)
    problems << "api must be one of #{APIS.keys.join(", ")}" if doc.key?("api") && !APIS.key?(doc["api"])
    steps = doc["steps"]
    unless steps.is_a?(Array) && !steps.empty?
      problems << "steps must be a non-empty array"
      return problems
    end
    steps.each_with_index do |step, index|
      validate_step(step).each { |problem| problems << "step #{index + 1}: #{problem}" }
    end
    problems
  end

  def validate_step(step)
    return ["a step is a JSON object"] unless step.is_a?(Hash)

    problems = (step.keys - STEP_KEYS).sort.map { |key| "unknown step key #{key.inspect}" }
    operation = step["operation"]
    problems << "operation must be an operationId" if !operation.is_a?(String) || operation.empty?
    helper = step["helper"]
    problems << "helper must be one of #{HELPERS.join(", ")}" if !helper.nil? && !HELPERS.include?(helper)
    problems << "token must be a string or null" if step.key?("token") && !(step["token"].nil? || step["token"].is_a?(String))
    if step.key?("signingKey")
      key = step["signingKey"]
      unless key.is_a?(Hash) && key.keys.sort == %w[keyId secret] && key.values.all?(String)
        problems << "signingKey must be {keyId, secret} (strings)"
      end
    end
    %w[pathParams query headers options helperOptions capture].each do |key|
      problems << "#{key} must be an object" if step.key?(key) && !step[key].is_a?(Hash)
    end
    if step["options"].is_a?(Hash)
      (step["options"].keys - OPTION_KEYS).sort.each { |key| problems << "unknown option #{key.inspect}" }
    end
    if step.key?("helperOptions")
      if helper.nil?
        problems << "helperOptions needs a helper"
      elsif step["helperOptions"].is_a?(Hash)
        allowed = HELPER_OPTION_KEYS.fetch(helper, [])
        (step["helperOptions"].keys - allowed).sort.each do |key|
          problems << "unknown helperOptions key #{key.inspect} for #{helper}"
        end
      end
    end
    if step.key?("raw") && (![true, false].include?(step["raw"]) || (step["raw"] && !helper.nil?))
      problems << "raw must be a boolean, and only on plain calls"
    end
    if step["capture"].is_a?(Hash)
      step["capture"].each do |name, spec|
        ok = spec.is_a?(String) || (spec.is_a?(Hash) && spec.keys.sort == %w[path regex] && spec["regex"].is_a?(String))
        problems << "capture #{name.inspect} must be a path or {path, regex}" unless ok
      end
    end
    expect = step["expect"]
    unless expect.is_a?(Hash)
      problems << "expect must be an object"
      return problems
    end
    problems.concat(validate_expect(step, expect, helper))
  end

  def validate_expect(step, expect, helper)
    problems = []
    if expect.key?("error")
      (expect.keys - ERROR_KEYS).sort.each { |key| problems << "unknown expect key #{key.inspect} for an error" }
      problems << "error must be one of #{ERROR_CLASSES.join(", ")}" unless ERROR_CLASSES.include?(expect["error"])
      problems << "capture needs a success" if step.key?("capture")
      if expect.key?("fields") && %w[Connection Timeout].include?(expect["error"])
        problems << "fields (of the error body) need an error with a response"
      end
    else
      (expect.keys - SUCCESS_KEYS).sort.each { |key| problems << "unknown expect key #{key.inspect}" }
      if (expect.key?("status") || expect.key?("headers")) && step["raw"] != true
        problems << "a success status or headers need raw: true"
      end
      if (expect.key?("count") || expect.key?("minCount")) && !%w[paginate tail].include?(helper)
        problems << "count/minCount need the paginate or tail helper"
      end
      %w[count minCount].each do |key|
        problems << "expect.#{key} must be an integer" if expect.key?(key) && !expect[key].is_a?(Integer)
      end
    end
    %w[fields headers].each do |key|
      next if !expect.key?(key) || expect[key].is_a?(Hash)

      problems << "expect.#{key} must be an object"
      return problems
    end
    %w[present absent].each do |key|
      next unless expect.key?(key)

      ok = expect[key].is_a?(Array) && expect[key].all?(String)
      problems << "expect.#{key} must be an array of paths" unless ok
    end
    if expect.key?("empty") && ![true, false].include?(expect["empty"])
      problems << "expect.empty must be a boolean"
    end
    if expect.key?("elapsedAtLeast") && !expect["elapsedAtLeast"].is_a?(Numeric)
      problems << "expect.elapsedAtLeast must be a number"
    end
    (expect["fields"] || {}).merge(expect["headers"] || {}).each do |path, expected|
      problems.concat(validate_matcher(path, expected))
    end
    problems
  end

  def validate_matcher(path, expected)
    return [] unless matcher?(expected)

    name, arg = expected.first
    problem =
      if !MATCHERS.include?(name) then "unknown matcher #{name}"
      elsif name == "$type" && !TYPES.include?(arg) then "$type must be one of #{TYPES.sort.inspect}"
      elsif name == "$plus" && !(arg.is_a?(Array) && arg.length == 2 && arg[0].is_a?(String) && arg[1].is_a?(Numeric))
        "$plus takes [variable, number]"
      elsif name == "$oneOf" && !arg.is_a?(Array) then "$oneOf takes an array"
      elsif %w[$prefix $contains].include?(name) && !arg.is_a?(String) then "#{name} takes a string"
      elsif name == "$len" && !arg.is_a?(Integer) then "$len takes an integer"
      end
    problem ? ["field #{path.inspect}: #{problem}"] : []
  end

  def matcher?(value)
    value.is_a?(Hash) && value.length == 1 && value.keys.first.start_with?("$")
  end

  def scenario_api(scenario)
    scenario.fetch("api", DEFAULT_API)
  end

  # [path, the API of its folder] of every scenario file: the folder's *.json (AxHub's), then <api>/*.json.
  def scenario_files(directory)
    APIS.keys.flat_map do |api|
      where = api == DEFAULT_API ? directory : File.join(directory, api)
      Dir.glob(File.join(where, "*.json")).sort.map { |path| [path, api] }
    end
  end

  # All scenarios in scenario_files order; raises ArgumentError listing every problem.
  def load_scenarios(directory)
    raise ArgumentError, "no such folder: #{directory}" unless File.directory?(directory)

    found = []
    problems = []
    scenario_files(directory).each do |path, folder|
      name = path.delete_prefix("#{directory.chomp("/")}/")
      begin
        doc = JSON.parse(File.read(path, encoding: "UTF-8"))
      rescue JSON::ParserError => e
        problems << "#{name}: not JSON: #{e.message.lines.first&.strip}"
        next
      end
      validate_scenario(doc, File.basename(path, ".json")).each { |problem| problems << "#{name}: #{problem}" }
      if doc.is_a?(Hash) && APIS.key?(scenario_api(doc)) && scenario_api(doc) != folder
        where = scenario_api(doc) == DEFAULT_API ? "the top folder" : "#{scenario_api(doc)}/"
        problems << "#{name}: api #{scenario_api(doc).inspect} belongs in #{where}"
      end
      found << doc
    end
    raise ArgumentError, "bad scenarios:\n  #{problems.join("\n  ")}" unless problems.empty?

    found
  end

  # -- variables, paths, values ----------------------------------------------------

  def substitute(value, vars)
    case value
    when String
      whole = WHOLE_VAR_RE.match(value)
      return lookup_var(whole[1], vars) if whole

      value.gsub(VAR_RE) { text(lookup_var(Regexp.last_match(1), vars)) }
    when Array then value.map { |item| substitute(item, vars) }
    when Hash then value.transform_values { |item| substitute(item, vars) }
    else value
    end
  end

  def lookup_var(name, vars)
    raise StepFailure, "undefined variable {{#{name}}}" unless vars.key?(name)

    vars[name]
  end

  # A value written as text: whole numbers without a fraction, true/false, null.
  def text(value)
    case value
    when nil then "null"
    when true, false then value.to_s
    when Float then value.finite? && value == value.floor ? value.to_i.to_s : value.to_s
    when Hash, Array then JSON.generate(value)
    else value.to_s
    end
  end

  def get_path(value, path)
    return value if path == ""

    path.split(".", -1).reduce(value) do |current, part|
      case current
      when Hash
        return MISSING unless current.key?(part)

        current[part]
      when Array
        return MISSING unless part.match?(/\A\d+\z/) && part.to_i < current.length

        current[part.to_i]
      else
        return MISSING
      end
    end
  end

  def json_type(value)
    case value
    when nil then "null"
    when true, false then "boolean"
    when Integer then "integer"
    when Float then value.finite? && value == value.floor ? "integer" : "number"
    when String then "string"
    when Array then "array"
    else "object"
    end
  end

  def boolean?(value)
    [true, false].include?(value)
  end

  def json_equal(left, right)
    return boolean?(left) && boolean?(right) && left == right if boolean?(left) || boolean?(right)
    return (left - right).abs <= 1e-9 if left.is_a?(Numeric) && right.is_a?(Numeric)
    if left.is_a?(Array) && right.is_a?(Array)
      return left.length == right.length && left.zip(right).all? { |a, b| json_equal(a, b) }
    end
    if left.is_a?(Hash) && right.is_a?(Hash)
      return left.keys.sort == right.keys.sort && left.all? { |key, item| json_equal(item, right[key]) }
    end

    left.instance_of?(right.class) && left == right
  end

  # Why `actual` does not match `expected` (a literal or a matcher), or nil.
  def check_field(actual, expected, vars)
    if matcher?(expected)
      name, arg = expected.first
      ok =
        case name
        when "$prefix" then actual.is_a?(String) && actual.start_with?(arg)
        when "$contains" then actual.is_a?(String) && actual.include?(arg)
        when "$type"
          kind = json_type(actual)
          kind == arg || (arg == "number" && kind == "integer")
        when "$len" then (actual.is_a?(String) || actual.is_a?(Array) || actual.is_a?(Hash)) && actual.length == arg
        when "$plus"
          base = lookup_var(arg[0], vars)
          raise StepFailure, "$plus: variable #{arg[0]} is #{dump(base)}, not a number" unless base.is_a?(Numeric)

          expected = { "$plus" => ["#{arg[0]}=#{text(base)}", arg[1]] }
          actual.is_a?(Numeric) && !boolean?(actual) && json_equal(actual, base + arg[1])
        when "$oneOf" then arg.any? { |option| json_equal(actual, option) }
        else raise StepFailure, "unknown matcher #{name}"
        end
      return ok ? nil : "expected #{dump(expected)}, got #{dump(actual)}"
    end
    json_equal(actual, expected) ? nil : "expected #{dump(expected)}, got #{dump(actual)}"
  end

  def check_fields(value, fields, vars)
    fields.filter_map do |path, expected|
      actual = get_path(value, path)
      next "#{path}: missing" if actual.equal?(MISSING)

      why = check_field(actual, expected, vars)
      "#{path}: #{why}" if why
    end
  end

  def dump(value)
    JSON.generate(value)
  rescue StandardError
    value.inspect
  end

  def short(value, limit = 300)
    out = dump(value)
    out.length <= limit ? out : "#{out[0, limit]}…"
  end

  def now
    Process.clock_gettime(Process::CLOCK_MONOTONIC)
  end

  # -- the SDK ------------------------------------------------------------------------

  # The wire (JSON) shape of an SDK result: models and RedirectResult through to_h
  # (wire keys, absent fields left out, enums and times as strings); {} stays {}.
  def wire(value)
    case value
    when *MODEL_CLASSES then wire(value.to_h)
    when Hash then value.each_with_object({}) { |(key, item), out| out[key.to_s] = wire(item) }
    when Array then value.map { |item| wire(item) }
    when Symbol then value.to_s
    when Time then value.utc.strftime("%Y-%m-%dT%H:%M:%S.%NZ")
    else value
    end
  end

  # The neutral name of an SDK error, most specific first; nil for others.
  def error_class(error)
    sdk = SDKS.find { |mod| error.is_a?(mod::Error) }
    return nil if sdk.nil?

    ERROR_TABLE.each { |const, name| return name if error.is_a?(sdk.const_get(const)) }
    return "Other(#{error.class.name})" if error.is_a?(sdk::APIStatusError)

    nil
  end

  def status_error?(error)
    SDKS.any? { |sdk| error.is_a?(sdk::APIStatusError) }
  end

  def describe_class(error)
    error_class(error) || error.class.name
  end

  # Runs one API's step through its SDK; clients by credentials (token, signing key), 2 retries, 30 s.
  class Driver
    def initialize(root, api)
      @root = root
      @api = APIS.fetch(api)
      @clients = {}
    end

    def client(token, signing_key)
      key = [token, signing_key&.fetch("keyId"), signing_key&.fetch("secret")]
      @clients[key] ||= begin
        hosts = @api[:hosts].transform_values { |path| @root + path }
        signing = signing_key ? { signing_key_id: signing_key["keyId"], signing_secret: signing_key["secret"] } : {}
        # A scenario without a token sends none: `token: ""` says so on purpose (a client given no
        # credential at all is refused when built, as every operation needs one).
        @api[:sdk]::Client.new(base_url: @root + @api[:base], token: token || "", max_retries: 2, timeout: 30,
                               **hosts, **signing)
      end
    end

    def close
      @clients.each_value(&:close)
      @clients.clear
    end

    def options(step)
      out = {}
      opts = step["options"] || {}
      out[:max_retries] = Integer(opts["maxRetries"]) if opts.key?("maxRetries")
      out[:timeout] = Float(opts["timeoutSeconds"]) if opts.key?("timeoutSeconds")
      out[:idempotency_key] = ContractRunner.text(opts["idempotencyKey"]) if opts.key?("idempotencyKey")
      headers = step["headers"] || {}
      out[:headers] = headers.to_h { |name, value| [name, ContractRunner.text(value)] } unless headers.empty?
      out.empty? ? nil : out
    end

    # [wire-shaped result, raw response (raw steps)]
    def run(step, token)
      sdk = client(token, step["signingKey"])
      op = step["operation"]
      path_params = step["pathParams"]
      query = step["query"]
      opts = options(step)
      helper_options = step["helperOptions"] || {}
      case step["helper"]
      when nil
        body = step["body"]
        if step["raw"]
          raw = sdk.raw_request(op, path_params: path_params, query: query, body: body, options: opts)
          [ContractRunner.wire(raw.parsed), raw]
        else
          [ContractRunner.wire(sdk.request(op, path_params: path_params, query: query, body: body, options: opts)),
           nil]
        end
      when "paginate"
        items = sdk.paginate(op, path_params: path_params, query: query, options: opts)
        [items.map { |item| ContractRunner.wire(item) }, nil]
      when "wait"
        result = sdk.wait(
          op, path_params: path_params, query: query, options: opts,
              timeout: Float(helper_options.fetch("timeoutSeconds", DEFAULT_WAIT_TIMEOUT)),
              interval: Float(helper_options.fetch("intervalSeconds", DEFAULT_WAIT_INTERVAL))
        )
        [ContractRunner.wire(result), nil]
      when "tail"
        [tail(sdk, op, path_params, query, opts, helper_options), nil]
      else
        raise StepFailure, "unknown helper #{step["helper"].inspect}"
      end
    end

    # Follow until `take` items arrived or the time is up (then what arrived so far).
    def tail(client, op, path_params, query, opts, helper_options)
      take = helper_options.key?("take") ? Integer(helper_options["take"]) : nil
      items = []
      return items if take&.zero?

      deadline = ContractRunner.now + Float(helper_options.fetch("timeoutSeconds", DEFAULT_TAIL_TIMEOUT))
      stream = client.tail(
        op, path_params: path_params, query: query, options: opts,
            interval: Float(helper_options.fetch("intervalSeconds", DEFAULT_TAIL_INTERVAL)),
            stop: -> { ContractRunner.now >= deadline }
      )
      stream.each do |item|
        items << ContractRunner.wire(item)
        break if take && items.length >= take
      end
      items
    end
  end

  # -- executing a scenario -----------------------------------------------------------

  def step_label(index, step)
    helper = step["helper"] ? "#{step["helper"]} " : ""
    note = step["description"].to_s.empty? ? "" : " (#{step["description"]})"
    "step #{index} #{helper}#{step["operation"]}#{note}"
  end

  def run_step(driver, scenario, raw_step, vars)
    step = {}
    raw_step.each { |key, value| step[key] = substitute(value, vars) unless %w[expect capture].include?(key) }
    expect = substitute(raw_step["expect"], vars)
    token = step.key?("token") ? step["token"] : scenario["token"]

    started = now
    error = nil
    result = nil
    raw = nil
    begin
      result, raw = driver.run(step, token)
    rescue *SDK_ERRORS => e
      error = e
    end
    elapsed = now - started

    if expect.key?("elapsedAtLeast") && elapsed + 0.005 < expect["elapsedAtLeast"]
      raise StepFailure, format("took %<took>.2fs, expected at least %<want>ss", took: elapsed,
                                                                             want: text(expect["elapsedAtLeast"]))
    end

    return check_error(expect, error, result, vars) if expect.key?("error")

    raise StepFailure, "unexpected #{describe_class(error)}: #{error.message}" if error

    check_success(expect, result, raw, vars)
    capture(raw_step["capture"] || {}, result, vars)
  end

  def check_error(expect, error, result, vars)
    raise StepFailure, "expected #{expect["error"]} error, got success #{short(result)}" if error.nil?

    problems = []
    name = describe_class(error)
    problems << "error class #{name}, expected #{expect["error"]}" if name != expect["error"]
    api = status_error?(error) ? error : nil
    if expect.key?("status") && !(api && json_equal(api.status, expect["status"]))
      problems << "status #{api ? api.status : "none"}, expected #{text(expect["status"])}"
    end
    if expect.key?("code")
      got = api&.code
      problems << "code #{dump(got)}, expected #{dump(expect["code"])}" unless json_equal(got, expect["code"])
    end
    if expect.key?("retryAfter")
      got = api&.retry_after
      if got.nil? || !json_equal(got, expect["retryAfter"])
        problems << "retryAfter #{dump(got)}, expected #{dump(expect["retryAfter"])}"
      end
    end
    if expect.key?("fields")
      body = api ? wire(api.body) : nil
      problems.concat(check_fields(body, expect["fields"], vars))
    end
    raise StepFailure, "#{problems.join("; ")} [#{error.message}]" unless problems.empty?
  end

  def check_success(expect, result, raw, vars)
    problems = []
    if expect.key?("status")
      if raw.nil? then problems << "no raw response"
      elsif !json_equal(raw.status, expect["status"])
        problems << "status #{raw.status}, expected #{text(expect["status"])}"
      end
    end
    (expect["headers"] || {}).sort.each do |name, expected|
      actual = raw&.header(name)
      why = actual.nil? ? "missing" : check_field(actual, expected, vars)
      problems << "header #{name}: #{why}" if why
    end
    if expect["empty"] == true && !json_equal(result, {})
      problems << "expected an empty result {}, got #{short(result)}"
    end
    count = result.is_a?(Array) ? result.length.to_s : "-"
    if expect.key?("count") && !(result.is_a?(Array) && result.length == expect["count"])
      problems << "count #{count}, expected #{expect["count"]}"
    end
    if expect.key?("minCount") && !(result.is_a?(Array) && result.length >= expect["minCount"])
      problems << "count #{count}, expected at least #{expect["minCount"]}"
    end
    problems.concat(check_fields(result, expect["fields"] || {}, vars))
    (expect["present"] || []).each do |path|
      problems << "#{path}: expected present, missing" if get_path(result, path).equal?(MISSING)
    end
    (expect["absent"] || []).each do |path|
      value = get_path(result, path)
      problems << "#{path}: expected absent, got #{short(value)}" unless value.equal?(MISSING)
    end
    raise StepFailure, "#{problems.join("; ")} [result #{short(result)}]" unless problems.empty?
  end

  def capture(specs, result, vars)
    specs.each do |name, spec|
      path = spec.is_a?(String) ? spec : spec["path"]
      value = get_path(result, path)
      raise StepFailure, "capture #{name}: #{path} is missing [result #{short(result)}]" if value.equal?(MISSING)

      if spec.is_a?(Hash)
        begin
          pattern = Regexp.new(spec["regex"])
        rescue RegexpError => e
          raise StepFailure, "capture #{name}: bad regex #{spec["regex"].inspect}: #{e.message}"
        end
        match = pattern.match(text(value))
        raise StepFailure, "capture #{name}: #{spec["regex"].inspect} does not match #{short(value)}" if match.nil?

        value = match.captures.empty? ? match[0] : match[1]
      end
      vars[name] = value
    end
  end

  # nil when every step passed, else the failure (step label and reason).
  def run_scenario(driver, scenario)
    vars = { "$run" => SecureRandom.hex(4) }.merge(scenario["vars"] || {})
    scenario["steps"].each_with_index do |step, index|
      run_step(driver, scenario, step, vars)
    rescue StepFailure => e
      return "#{step_label(index + 1, step)}: #{e.message}"
    rescue StandardError => e # the runner or the SDK broke: report, go on with the next scenario
      return "#{step_label(index + 1, step)}: #{e.class.name}: #{e.message}"
    end
    nil
  end

  # POST /_admin/reset: the fixture again, fault counters forgotten (needs --faults).
  def reset_server(base_url)
    uri = URI("#{base_url}/_admin/reset")
    response = Net::HTTP.start(uri.host, uri.port, open_timeout: 30, read_timeout: 120) do |http|
      http.post(uri.path, "", { "Content-Type" => "application/octet-stream" })
    end
    raise "POST /_admin/reset answered #{response.code}" unless response.code == "204"
  rescue SystemCallError, IOError, Timeout::Error, SocketError => e
    raise "POST /_admin/reset failed: #{e.message} (is the server running with --faults?)"
  end

  def main(argv, stdout: $stdout, stderr: $stderr)
    servers = {}
    apis = []
    directory = DEFAULT_SCENARIOS
    selected = []
    reset = true
    parser = OptionParser.new do |opts|
      opts.banner = "usage: run.rb [--base-url URL] [--server API=URL]... [--api NAME]... [--scenarios DIR] [-k NAME]..."
      opts.on("--base-url URL", "AxHub's reference server, e.g. http://127.0.0.1:8080") { |v| servers[DEFAULT_API] = v }
      opts.on("--server API=URL", "another API's server, e.g. deplite=http://127.0.0.1:8081 (repeatable)") do |v|
        api, url = v.split("=", 2)
        unless APIS.key?(api) && url&.match?(%r{\Ahttps?://})
          raise OptionParser::InvalidArgument, "#{v} (expected API=URL with API one of #{APIS.keys.join(", ")})"
        end

        servers[api] = url
      end
      opts.on("--api NAME", APIS.keys, "run only the scenarios of this API (repeatable)") { |v| apis << v }
      opts.on("--scenarios DIR", "folder of *.json scenarios") { |v| directory = v }
      opts.on("-k NAME", "run only scenarios whose name contains this (repeatable)") { |v| selected << v }
      opts.on("--no-reset", "do not POST /_admin/reset before each scenario") { reset = false }
    end
    begin
      rest = parser.parse(argv)
    rescue OptionParser::ParseError => e
      stderr.puts(e.message, parser.banner)
      return 2
    end
    servers = servers.reject { |_, url| url.empty? }.transform_values { |url| url.sub(%r{/+\z}, "") }
    if servers.empty? || !rest.empty?
      stderr.puts(parser.banner)
      return 2
    end
    begin
      scenarios = load_scenarios(directory)
    rescue ArgumentError => e
      stderr.puts(e.message)
      return 2
    end
    scenarios = scenarios.select { |s| selected.any? { |k| s["name"].include?(k) } } unless selected.empty?
    scenarios = scenarios.select { |s| apis.include?(scenario_api(s)) } unless apis.empty?
    missing = scenarios.map { |s| scenario_api(s) }.uniq.reject { |api| servers.key?(api) }.sort
    unless missing.empty?
      stderr.puts("no server for the scenarios of #{missing.join(", ")}: pass --base-url (axhub) or --server API=URL " \
                  "(or select other scenarios with --api / -k)")
      return 2
    end

    drivers = {}
    passed = 0
    failed = 0
    begin
      scenarios.each do |scenario|
        started = now
        failure = nil
        begin
          reset_server(servers[scenario_api(scenario)]) if reset
        rescue RuntimeError => e
          failure = "before step 1: #{e.message}"
        end
        failure ||= run_scenario(drivers[scenario_api(scenario)] ||= Driver.new(servers[scenario_api(scenario)],
                                                                                 scenario_api(scenario)), scenario)
        took = format("%.2f", now - started)
        if failure.nil?
          passed += 1
          stdout.puts("PASS #{MODE} #{scenario["name"]} (#{took}s)")
        else
          failed += 1
          stdout.puts("FAIL #{MODE} #{scenario["name"]} (#{took}s): #{failure}")
        end
        stdout.flush
      end
    ensure
      drivers.each_value(&:close)
    end
    stdout.puts("#{passed} passed, #{failed} failed")
    stdout.flush
    failed.positive? || passed.zero? ? 1 : 0
  end
end

exit(ContractRunner.main(ARGV)) if $PROGRAM_NAME == __FILE__
