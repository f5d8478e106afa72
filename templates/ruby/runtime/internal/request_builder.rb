# frozen_string_literal: true

module Internal
  # Internal: turning (operation, path params, query, body) into what goes on the wire.
  # Bad arguments are refused with InvalidArgumentError before anything is sent.
  module RequestBuilder
    PATH_PARAM = /\{([^{}]+)\}/
    UNRESERVED = /[^A-Za-z0-9\-._~]/
    DELIMITERS = { "pipeDelimited" => "|", "spaceDelimited" => " " }.freeze
    private_constant :PATH_PARAM, :UNRESERVED, :DELIMITERS

    # The routed parameters of one call.
    Routed = Struct.new(:query, :headers, :cookies, keyword_init: true)

    module_function

    # Fill the path template, percent-encoding each value on its own ("/" becomes %2F).
    # A missing, nil or empty value is refused: it would silently change the route.
    def render_path(operation, path_params)
      params = stringify_keys(path_params, operation.operation_id, "path_params")
      by_name = operation.params_in("path").to_h { |param| [param.name, param] }
      operation.path.gsub(PATH_PARAM) do
        name = Regexp.last_match(1)
        value = params[name]
        text = value.nil? ? "" : simple(value, by_name[name]&.explode || false) { |part| encode_segment(part) }
        if text.empty?
          raise InvalidArgumentError,
                "#{operation.operation_id}: path parameter #{name.inspect} is required and must not be empty " \
                "(got #{value.inspect})"
        end
        text
      end
    end

    # Split `query` by each parameter's location (unknown keys are query parameters), add
    # `headers`. A missing required query, header or cookie parameter is left for the server to
    # reject (as every SDK of this generator does); only a missing path parameter is refused
    # before sending, by the path builder.
    def route(operation, query, headers)
      routed = Routed.new(query: [], headers: {}, cookies: [])
      by_name = operation.params.reject { |param| param.location == "path" }.to_h { |param| [param.name, param] }
      stringify_keys(query, operation.operation_id, "query").each do |name, value|
        next if value.nil?

        route_one(routed, name, value, by_name[name])
      end
      stringify_keys(headers, operation.operation_id, "headers").each do |name, value|
        Headers.put(routed.headers, name, simple(value, false)) unless value.nil?
      end
      routed
    end

    def route_one(routed, name, value, param)
      case param&.location
      when "header" then Headers.put(routed.headers, name, simple(value, param.explode))
      when "cookie" then routed.cookies << "#{name}=#{simple(value, false) { |part| encode_segment(part) }}"
      else routed.query.concat(query_pairs(name, value, param))
      end
    end

    # One query parameter as [key, value] pairs, per its style and explode.
    def query_pairs(name, value, param = nil)
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

    # OpenAPI's simple style (path and header parameters); the block encodes each part.
    def simple(value, explode, &encode)
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
      return text.gsub(".", "%2E") if [".", ".."].include?(text)

      text.b.gsub(UNRESERVED) { |char| format("%%%02X", char.ord) }
    end

    # The query string for [key, value] pairs.
    def query_string(pairs)
      URI.encode_www_form(pairs)
    end

    def stringify_keys(value, where, argument)
      return {} if value.nil?
      return value.to_h.transform_keys(&:to_s) if value.is_a?(Hash) || value.is_a?(Model)

      raise InvalidArgumentError, "#{where}: #{argument} must be a Hash, not #{value.class}"
    end
  end
end
