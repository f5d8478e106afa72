# frozen_string_literal: true

module Internal
  # Internal: a resource method's arguments (its path values, in path order, and its keywords)
  # checked against the operation's Argument list and split into what BaseClient#call takes.
  # An unknown keyword, a missing required argument or a value of the wrong type is refused
  # with InvalidArgumentError before anything is sent.
  module Arguments
    # What a call takes, split by where each value goes.
    Split = Struct.new(:path_params, :query, :headers, :body, :options)

    module_function

    # @param operation [Operation]
    # @param values [Array] the positional values, in path order
    # @param params [Hash{Symbol => Object}] the keywords
    # @return [Split]
    def split(operation, values, params)
      check_keys(operation, params) unless params.empty?
      split = Split.new({}, nil, nil, nil, params[:options])
      fields = nil
      positional = 0
      operation.arguments.each do |argument|
        if argument.location == "path"
          value = values[positional]
          positional += 1
        else
          value = params[argument.name]
        end
        next if absent?(operation, argument, value)

        fields = place(split, argument, value, fields)
      end
      split.body = fields || (operation.body_required && operation.request_content_type ? {} : nil) if split.body.nil?
      split
    end

    def check_keys(operation, params)
      known = operation.arguments.reject { |argument| argument.location == "path" }.map(&:name) << :options
      unknown = params.keys.reject { |key| known.include?(key) }
      return if unknown.empty?

      raise InvalidArgumentError, "#{operation.operation_id}: unknown argument(s) " \
                                  "#{unknown.map(&:inspect).join(", ")}; known: #{known.map(&:inspect).join(", ")}"
    end

    def absent?(operation, argument, value)
      unless value.nil?
        return false if fits?(value, argument.type)

        raise InvalidArgumentError, "#{operation.operation_id}: #{argument.name} must be #{describe(argument.type)} " \
                                    "(got #{value.class}: #{value.inspect[0, 80]})"
      end
      raise InvalidArgumentError, "#{operation.operation_id}: #{argument.name} is required" if argument.required

      true
    end

    def place(split, argument, value, fields)
      case argument.location
      when "path" then split.path_params[argument.wire] = value
      when "header" then (split.headers ||= {})[argument.wire] = value
      when "query", "cookie" then (split.query ||= {})[argument.wire] = value
      when "body" then split.body = value
      else (fields ||= {})[argument.wire] = value
      end
      fields
    end

    # Does `value` (not nil) have `type`? Models, Times and Dates count as what they encode to; an
    # enum takes any value of its values' class (the API may know more values than this SDK).
    def fits?(value, type)
      return true if type.nil? || type == :any || (type == :string && value.instance_of?(String))
      return value.is_a?(String) || value.is_a?(FilePart) || value.respond_to?(:read) if type == :binary
      return composite?(value, type) if type.is_a?(Array)
      return named?(value, Serde.resolve(type)) if Serde.named?(type)

      Serde.fits?(Serde.encode(value), type)
    end

    def composite?(value, type)
      kind, *args = type
      case kind
      when :array then (value.is_a?(Array) || value.is_a?(Set)) && value.all? { |item| fits?(item, args[0]) }
      when :map then value.is_a?(Hash) && value.each_value.all? { |item| fits?(item, args[0]) }
      when :nullable then value.nil? || fits?(value, args[0])
      when :union then args.any? { |option| fits?(value, option) }
      else Serde.fits?(Serde.encode(value), type)
      end
    end

    def named?(value, target)
      return target.values.empty? || value.instance_of?(target.values.first.class) if target.is_a?(Enum)
      return true if target.is_a?(Class) && value.is_a?(target)

      target.fits?(Serde.encode(value))
    end

    def describe(type)
      case type
      when Array then "#{type[0]} of #{type[1..].map { |inner| describe(inner) }.join(" or ")}"
      when Symbol then "#{type.name.match?(/\A[aeiouAEIOU]/) ? "an" : "a"} #{type}"
      else type.inspect
      end
    end
  end

  # Internal: included in BaseClient, for the generated resource methods.
  module Invoker
    # @api private
    # What a resource method sends (`client.deployments.list(app_id, limit: 20)`): its path values
    # in path order and its keywords, checked against the operation's arguments, through
    # BaseClient#call (#first_page for a paginated operation: a Page, whose #each goes over every
    # item, pages fetched as they are consumed; #stream for server-sent events). No second request
    # path: the same retries, credentials and decoding as the operationId methods.
    #
    # @raise [InvalidArgumentError] for an unknown keyword, a missing required argument or a
    #   value of the wrong type, before sending
    def invoke(operation, values, params, &block)
      operation = resolve_operation(operation)
      path_params, query, headers, body, options = Arguments.split(operation, values, params).to_a
      return stream(operation, path_params:, query:, body:, headers:, options:, &block) if operation.streams?
      return first_page(operation, path_params:, query:, headers:, options:) if operation.pagination

      call(operation, path_params:, query:, body:, headers:, options:)
    end

    # @api private
    # What a resource waiter sends (`client.deployments.wait_for(app_id, did, timeout: 60)`): the
    # method's arguments, checked as #invoke checks them, polled by BaseClient#wait within `bounds`
    # (timeout, interval, max_polls, stop).
    def invoke_wait(operation, values, params, **bounds)
      operation = resolve_operation(operation)
      path_params, query, headers, _body, options = Arguments.split(operation, values, params).to_a
      wait(operation, path_params:, query:, headers:, options:, **bounds)
    end

    # @api private
    # What a resource tail sends (`client.deployments.follow_logs(app_id, max_polls: 3)`): the
    # method's arguments (never the tail's own parameter, which it sets), followed by
    # BaseClient#tail within `bounds` (interval, stop, max_polls, max_items, timeout). With a block,
    # each item is yielded until the block returns :stop or false; else the Enumerator.
    def invoke_tail(operation, values, params, **bounds, &block)
      operation = resolve_operation(operation)
      path_params, query, headers, _body, options = Arguments.split(operation, values, params).to_a
      tail_param = operation.tail&.param
      if tail_param && query&.key?(tail_param)
        raise InvalidArgumentError, "#{operation.operation_id}: the tail sets #{tail_param} itself"
      end

      items = tail(operation, path_params:, query:, headers:, options:, **bounds)
      block ? items.each { |item| break if [:stop, false].include?(block.call(item)) } : items
    end

    # @api private
    # The first page of a paginated operation (one request), with the way to the next: what the
    # resource methods' list calls return.
    #
    # @return [Page]
    def first_page(operation, path_params: nil, query: nil, headers: nil, options: nil)
      operation = resolve_operation(operation)
      pagination = operation.pagination
      raise InvalidArgumentError, "#{operation.operation_id} is not paginated" unless pagination

      first = Internal::RequestBuilder.stringify_keys(query, operation.operation_id, "query")
      fetch = lambda do |current, url|
        fetch_page(operation, path_params:, query: current, headers:, options:, url:)
      end
      Page.first(pagination, first, fetch)
    end

    # @api private
    # What `resource.with_raw_response` binds its resource to: the same calls, answered with the
    # RawResponse (see Internal::RawInvoker).
    #
    # @return [Internal::RawInvoker]
    def raw
      @raw ||= Internal::RawInvoker.new(self)
    end
  end
end
