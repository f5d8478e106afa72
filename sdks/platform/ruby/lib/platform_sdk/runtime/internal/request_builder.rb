# frozen_string_literal: true

module Internal
  # Internal: everything one call needs, prepared once and sent unchanged on every attempt.
  # (A positional Struct: it is built on every call, and Struct's own constructor is the cheapest.)
  Prepared = Struct.new(
    :operation, :http_method, :url, :headers, :body, :timeout, :open_timeout, :max_retries, :retryable,
    :secret_headers, :secret_query, :token_url, :plain_url, :signature
  )

  # Internal: turning (operation, path params, query, body) into what goes on the wire.
  # Bad arguments are refused with InvalidArgumentError before anything is sent.
  module RequestBuilder
    PATH_PARAM = /\{([^{}]+)\}/
    UNRESERVED = /[^A-Za-z0-9\-._~]/
    SAFE_SEGMENT = /\A[A-Za-z0-9\-._~]*\z/
    DOTS = %w[. ..].freeze
    DELIMITERS = { "pipeDelimited" => "|", "spaceDelimited" => " " }.freeze
    private_constant :PATH_PARAM, :UNRESERVED, :SAFE_SEGMENT, :DOTS, :DELIMITERS

    # The routed parameters of one call.
    Routed = Struct.new(:query, :headers, :cookies)
    # What a call without query, header or cookie parameters routes.
    NOTHING_ROUTED = Routed.new([].freeze, {}.freeze, [].freeze).freeze
    # An operation's path and parameters, prepared for rendering (see plan_of); `plain_path`: see PlainURL.
    Plan = Struct.new(:path_parts, :path_params, :other_params, :plain_path)

    module_function

    # Fill the path template, percent-encoding each value on its own ("/" becomes %2F), in the
    # parameter's style: simple (blue,black), label (.blue.black) or matrix (;color=blue;color=black).
    # A missing, nil or empty value is refused: it would silently change the route.
    def render_path(operation, path_params)
      params = string_keyed(path_params, operation.operation_id, "path_params")
      plan = plan_of(operation)
      parts = plan.path_parts
      path = +""
      index = 0
      while index < parts.length
        path << parts[index] # the text before a placeholder
        name = parts[index + 1]
        path << path_value(operation, name, params[name], plan.path_params[name]) if name
        index += 2
      end
      path
    end

    def path_value(operation, name, value, param)
      text = if value.nil? then ""
             elsif PathStyle.styled?(param) then PathStyle.render(name, Serde.encode(value), param.style, param.explode)
             elsif value.instance_of?(String) then encode_segment(value) # what simple gives a String, without its block
             else
               simple(value, param&.explode || false) { |part| encode_segment(part) }
             end
      return text unless text.empty?

      raise InvalidArgumentError,
            "#{operation.operation_id}: path parameter #{name.inspect} is required and must not be empty " \
            "(got #{value.inspect})"
    end

    # Split `query` (with `extra_query` over it) by each parameter's location (unknown keys are
    # query parameters), add `headers`. A missing required query, header or cookie parameter is
    # left for the server to reject (as every SDK of this generator does); only a missing path
    # parameter is refused before sending, by the path builder.
    def route(operation, query, headers, extra_query = nil)
      where = operation.operation_id
      query = stringify_keys(query, where, "query").merge(extra_query) unless extra_query.nil? || extra_query.empty?
      return NOTHING_ROUTED if blank_hash?(query) && blank_hash?(headers)

      routed = Routed.new([], NOTHING_ROUTED.headers, NOTHING_ROUTED.cookies) # the empty ones replaced when used
      by_name = plan_of(operation).other_params
      string_keyed(query, where, "query").each do |name, value|
        next if value.nil?

        route_one(routed, name, value, by_name[name])
      end
      unless headers.nil?
        string_keyed(headers, where, "headers").each do |name, value|
          Headers.put(routed_headers(routed), name, simple(value, false)) unless value.nil?
        end
      end
      routed
    end

    def routed_headers(routed)
      routed.headers.frozen? ? (routed.headers = {}) : routed.headers
    end

    def blank_hash?(value)
      value.nil? || (value.is_a?(Hash) && value.empty?)
    end

    def route_one(routed, name, value, param)
      case param&.location
      when "header" then Headers.put(routed_headers(routed), name, simple(value, param.explode))
      when "cookie"
        routed.cookies = [] if routed.cookies.frozen?
        routed.cookies << "#{name}=#{simple(value, false) { |part| encode_segment(part) }}"
      else
        scalar?(value) ? routed.query << [name, value.to_s] : routed.query.concat(query_pairs(name, value, param))
      end
    end

    # One query parameter as [key, value] pairs, per its style and explode.
    def query_pairs(name, value, param = nil)
      return [[name, value.to_s]] if scalar?(value)

      value = Serde.encode(value)
      style = param&.style || "form"
      return deep_pairs(name, value) if style == "deepObject" && value.is_a?(Hash)

      explode = param.nil? || param.explode
      case value
      when Array then array_pairs(name, value, style, explode)
      when Hash then hash_pairs(name, value, explode)
      else [[name, stringify(value)]]
      end
    end

    # A value every style sends as it reads (its to_s), whatever the parameter's style says.
    def scalar?(value)
      case value
      when String, Integer, Float, Symbol, true, false then true
      else false
      end
    end

    def array_pairs(name, value, style, explode)
      items = value.compact.map { |item| stringify(item) }
      return items.map { |item| [name, item] } if explode

      [[name, items.join(DELIMITERS.fetch(style, ","))]]
    end

    def hash_pairs(name, value, explode)
      entries = value.reject { |_, item| item.nil? }.map { |key, item| [key.to_s, stringify(item)] }
      explode ? entries : [[name, entries.flatten.join(",")]]
    end

    def deep_pairs(prefix, value)
      case value
      when Hash then value.reject { |_, item| item.nil? }.flat_map { |key, item| deep_pairs("#{prefix}[#{key}]", item) }
      when Array then value.flat_map { |item| deep_pairs(prefix, item) }
      else [[prefix, stringify(value)]]
      end
    end

    # One scalar as it goes into a URL or a header: true/false, times in ISO 8601 UTC,
    # numbers and Symbols by to_s, collections as compact JSON.
    def stringify(value)
      value = Serde.encode(value)
      case value
      when nil then ""
      when Hash, Array then JSON.generate(value)
      else value.to_s
      end
    end

    # What render_path and route need of an operation, worked out once per operation: its path
    # split around the placeholders (text, name, text, name, ...) and its parameters by name.
    def plan_of(operation)
      cache = (@plans ||= {}.compare_by_identity)
      cache[operation] ||= Plan.new(
        operation.path.split(PATH_PARAM).freeze, operation.params_in("path").to_h { |one| [one.name, one] }.freeze,
        operation.params.reject { |param| param.location == "path" }.to_h { |param| [param.name, param] }.freeze,
        PlainURL.template?(operation.path)
      ).freeze
    end

    # OpenAPI's simple style (path and header parameters); the block encodes each part.
    def simple(value, explode, &encode)
      return encode ? encode.call(value) : value if value.instance_of?(String) # what the general case gives it

      encode ||= :itself.to_proc
      value = Serde.encode(value)
      case value
      when Array then value.map { |item| encode.call(stringify(item)) }.join(",")
      when Hash
        separator = explode ? "=" : ","
        value.map { |key, item| "#{encode.call(key.to_s)}#{separator}#{encode.call(stringify(item))}" }.join(",")
      else encode.call(stringify(value))
      end
    end

    def encode_segment(text)
      return text.gsub(".", "%2E") if text.bytesize <= 2 && DOTS.include?(text) # most values are longer
      return text if text.ascii_only? && SAFE_SEGMENT.match?(text) # nothing to escape

      text.b.gsub(UNRESERVED) { |char| format("%%%02X", char.ord) }
    end

    # The query string for [key, value] pairs.
    def query_string(pairs)
      URI.encode_www_form(pairs)
    end

    # `value` when it is a Hash of String keys (no copy), else #stringify_keys.
    def string_keyed(value, where, argument)
      return {} if value.nil?
      return stringify_keys(value, where, argument) unless value.instance_of?(Hash)

      value.each_key { |key| return stringify_keys(value, where, argument) unless key.instance_of?(String) }
      value
    end

    def stringify_keys(value, where, argument)
      return {} if value.nil?
      return value.to_h.transform_keys(&:to_s) if value.is_a?(Hash) || value.is_a?(Model)

      raise InvalidArgumentError, "#{where}: #{argument} must be a Hash, not #{value.class}"
    end
  end

  # Internal: the query string of a call's URL.
  module QueryString
    # What URI.encode_www_form_component leaves as it is.
    FORM_SAFE = /\A[*\-.0-9A-Z_a-z]*\z/
    private_constant :FORM_SAFE

    module_function

    # `url` (a String of ours) with "?" and the query string of `pairs` appended: what
    # URI.encode_www_form gives, without its copies when the pairs are Strings, as a call's are.
    def append(url, pairs)
      url << "?"
      strings = pairs.all? { |key, value| key.is_a?(String) && value.is_a?(String) }
      return url << URI.encode_www_form(pairs) unless strings

      pairs.each_with_index do |(key, value), index|
        url << "&" unless index.zero?
        url << component(key) << "=" << component(value)
      end
      url
    end

    def component(text)
      text.ascii_only? && FORM_SAFE.match?(text) ? text : URI.encode_www_form_component(text)
    end
  end

  # Internal: which parts of a URL are plain request-target text (RFC 3986 characters, escapes
  # complete), as the transport checks it. A URL the client builds on a plain base URL from a
  # plain path template, escaped values and a query string of its own is plain as a whole.
  module PlainURL
    TEXT = %r{\A(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%\h\h)*\z}
    # scheme://authority, then an optional plain path.
    BASE = %r{\A[A-Za-z][A-Za-z0-9+.\-]*://[^/?#]+(?:/(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%\h\h)*)?\z}
    PLACEHOLDER = /\{[^{}]+\}/
    private_constant :TEXT, :BASE, :PLACEHOLDER

    module_function

    def base?(url)
      BASE.match?(url)
    end

    # A path template starting with "/" whose own text is plain ("x", plain itself, stands in
    # for each placeholder, so that an escape cannot be completed by a value).
    def template?(path)
      path.start_with?("/") && TEXT.match?(path.gsub(PLACEHOLDER, "x"))
    end

    # Whether the URLs a client on a plain base URL (`plain_base`) builds for `operation` are plain.
    def url?(operation, plain_base)
      plain_base && RequestBuilder.plan_of(operation).plain_path
    end
  end
end
