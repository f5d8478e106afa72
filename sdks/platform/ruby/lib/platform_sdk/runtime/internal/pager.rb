# frozen_string_literal: true

module Internal
  # Internal: the one pager. From a page to the query of the next, reading Pagination: where the
  # items, token, total and more-to-fetch flag are, which query parameter moves, and which rules
  # stop the iteration.
  module Pager
    module_function

    def int(value)
      return nil if value.nil? || value == true || value == false

      Integer(value, exception: false) || (value.is_a?(Float) ? value.to_i : nil)
    end

    # The value at `path` (wire names) in a decoded page or item; nil where it stops.
    def at(value, path)
      (path || []).reduce(value) { |current, key| current.nil? ? nil : Serde.wire_get(current, key) }
    end

    def items(page, pagination)
      list = at(page, pagination.items)
      list.is_a?(Array) ? list : []
    end

    # The page's own "more to fetch" flag: true, false, or nil when it has none.
    def more?(page, pagination)
      return nil if pagination.has_more.nil? || pagination.has_more.empty?

      value = at(page, pagination.has_more)
      [true, false].include?(value) ? value : nil
    end

    def cursor(value)
      return nil if value.nil? || value.is_a?(Hash) || value.is_a?(Array) || value.to_s.empty?

      value.to_s
    end

    # The query for the page after `page` (fetched with `query`), or nil at the end. The stop
    # rules decide the end (empty, short, total, has_more); a token style also ends when its token
    # or id is absent, empty or unchanged. `seen` counts the items of every page so far.
    def next_query(pagination, query, page, items, seen = items.length)
      return nil if stopped?(pagination, query, page, items, seen)

      param = pagination.param
      return nil unless param

      case pagination.style.to_s
      when "offset" then query.merge(param => (int(query[param]) || 0) + items.length)
      when "page" then query.merge(param => (int(query[param]) || 1) + 1)
      else next_token_query(pagination, query, page, items)
      end
    end

    def stopped?(pagination, query, page, items, seen)
      stop = pagination.stop || []
      return true if stop.include?("has_more") && more?(page, pagination) == false
      return true if stop.include?("empty") && items.empty?

      size = pagination.size_param && int(query[pagination.size_param])
      return true if stop.include?("short") && size && items.length < size

      stop.include?("total") && counted_all?(pagination, query, page, items, seen)
    end

    # Has this page reached the page's count of all items?
    def counted_all?(pagination, query, page, items, seen)
      return false if pagination.total.nil? || pagination.total.empty?

      total = int(at(page, pagination.total))
      !total.nil? && position(pagination, query, items, seen) >= total
    end

    # How many items of the whole list lie up to the end of this page.
    def position(pagination, query, items, seen)
      current = int(query[pagination.param])
      size = pagination.size_param && int(query[pagination.size_param])
      case pagination.style.to_s
      when "offset" then (current || 0) + items.length
      when "page" then (current || 1) * (size || items.length)
      else seen
      end
    end

    # The styles whose next page is a URL: the page's own (`next_url`, at `next_path`) or the
    # response's `Link` rel="next" (`link_header`).
    URL_STYLES = %w[next_url link_header].freeze

    def follows_url?(pagination)
      URL_STYLES.include?(pagination.style.to_s)
    end

    # [query, url] of the page after `page` (fetched with `query` from `url`), or nil at the end:
    # the URL styles keep the query and move the URL; the others move the query.
    def next_page(pagination, query, page, items, seen, url:, link:)
      return [next_query(pagination, query, page, items, seen), nil] unless follows_url?(pagination)

      target = next_url(pagination, query, page, items, seen, url:, link:)
      target && [query, target]
    end

    # The request for a next-page URL: that URL with its own query, plus any API key the request
    # carries in its query. Only on the base URL's origin: elsewhere no credentials go, and nothing
    # is sent (InvalidArgumentError).
    def follow(prepared, url, base_url)
      unless same_origin?(url, base_url)
        raise InvalidArgumentError,
              "#{prepared.operation.operation_id}: the next page is at " \
              "#{Text.redact_query(url, prepared.secret_query)}, not on #{base_url}; " \
              "not following it with this client's credentials"
      end
      followed = prepared.dup
      followed.url = with_query_keys(url, prepared).freeze
      followed.plain_url = false
      followed.freeze
    end

    # `url` plus the API keys the prepared request carries in its query, unless `url` has them.
    def with_query_keys(url, prepared)
      return url if prepared.secret_query.empty?

      given = query_pairs(url).map(&:first)
      keys = query_pairs(prepared.url).select do |name, _|
        prepared.secret_query.include?(name) && !given.include?(name)
      end
      return url if keys.empty?

      "#{url}#{url.include?("?") ? "&" : "?"}#{URI.encode_www_form(keys)}"
    end

    def query_pairs(url)
      URI.decode_www_form(url.split("?", 2)[1].to_s)
    rescue ArgumentError
      []
    end

    # The URL of the page after `page` (fetched with `query` from `url`), resolved against `url`,
    # or nil at the end: the stop rules, no next URL, or the URL of this page again. `link` is the
    # response's Link header.
    def next_url(pagination, query, page, items, seen, url:, link:)
      return nil if stopped?(pagination, query, page, items, seen)

      given = pagination.style.to_s == "link_header" ? link_next(link) : cursor(at(page, pagination.next_path))
      return nil if given.nil?

      target = resolve(url, given)
      target == url ? nil : target
    end

    def resolve(url, given)
      URI.join(url, given).to_s.sub(/#.*\z/m, "")
    rescue URI::Error
      raise InvalidArgumentError, "the next page URL #{given.inspect} is not a URL"
    end

    # The target of the first link whose rel has "next" in a Link header (RFC 8288): several
    # links, separated by commas; parameters after ";", values quoted or not.
    def link_next(header)
      rest = header.to_s
      while (open = rest.index("<"))
        close = rest.index(">", open) or return nil
        target = rest[(open + 1)...close].strip
        params, rest = link_params(rest[(close + 1)..])
        return target if params.fetch("rel", "").downcase.split.include?("next")
      end
      nil
    end

    LINK_PARAM = /\A\s*;\s*([^\s=;,]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,]*)))?/m
    private_constant :LINK_PARAM

    # The parameters of one link ({name => value}, the first of a name wins) and the text after it.
    def link_params(text)
      params = {}
      while (match = LINK_PARAM.match(text))
        value = match[2] ? match[2].gsub(/\\(.)/m, '\1') : match[3].to_s.strip
        params[match[1].downcase] ||= value
        text = match.post_match
      end
      [params, text]
    end

    # Are both URLs on the same scheme, host and port?
    def same_origin?(url, base)
      a = URI(url)
      b = URI(base)
      a.scheme.to_s.casecmp?(b.scheme.to_s) && a.host.to_s.casecmp?(b.host.to_s) && a.port == b.port
    rescue URI::Error
      false
    end

    # The tail's next query: the page's cursor, when it has one; else the same query again.
    def tail_query(pagination, query, page)
      return query unless pagination.next_path && pagination.param

      token = cursor(at(page, pagination.next_path))
      token ? query.merge(pagination.param => token) : query
    end

    # More is waiting at once: the page says so, or came back full (never when empty).
    def full?(page, pagination, items, limit)
      return false if items.empty?

      more?(page, pagination) == true || (!limit.nil? && limit.positive? && limit <= items.length)
    end

    # cursor: the token at `next_path` in the page; starting_after: the key `next_path` (the id) of the
    # page's last item. An unchanged token would fetch the same page forever.
    def next_token_query(pagination, query, page, items)
      holder = pagination.style.to_s == "starting_after" ? items.last : page
      token = cursor(at(holder, pagination.next_path))
      return nil if token.nil? || token == cursor(query[pagination.param])

      query.merge(pagination.param => token)
    end
  end

  # Internal: when a waiter gives up (see BaseClient#wait): `timeout` seconds (by `clock`) have
  # passed, `max_polls` polls were made, or `stop` returned true for a result. Each bound is
  # checked when the wait starts, refused with InvalidArgumentError when it is of the wrong kind.
  class WaitBounds
    # @return [Float] seconds before the waiter gives up
    attr_reader :timeout

    def initialize(clock, timeout:, interval:, max_polls:, stop:)
      @clock = clock
      @timeout = WaitBounds.seconds(:timeout, timeout)
      @interval = WaitBounds.seconds(:interval, interval)
      @max_polls = TailBounds.count(:max_polls, max_polls)
      @stop = Config.callable(:stop, stop)
      @deadline = clock.call + @timeout
      @polls = 0
    end

    # A number of seconds >= 0 (not a String, not true or false).
    def self.seconds(name, value)
      return value.to_f if value.is_a?(Numeric) && !value.is_a?(Complex) && !value.negative?

      raise InvalidArgumentError, "#{name} must be a number of seconds >= 0 (got #{value.inspect})"
    end

    # After a poll whose result (`current`) is not terminal: nil to poll again, else why the
    # waiter gives up.
    def give_up(current)
      @polls += 1
      return "after stop returned true (poll #{@polls})" if stopped?(current)
      return "after #{@polls} polls (max_polls)" if @max_polls && @polls >= @max_polls
      return "after #{Text.seconds(@timeout)}s" if @clock.call >= @deadline

      nil
    end

    # The sleep before the next poll: the interval, cut short by the deadline.
    def pause
      [@interval, @deadline - @clock.call].min
    end

    private

    # `stop` is called with the result, unless it takes no argument.
    def stopped?(current)
      return false unless @stop

      @stop.respond_to?(:arity) && @stop.arity.zero? ? @stop.call : @stop.call(current)
    end
  end

  # Internal: when a tail is over: `stop` returns true, `max_polls` polls were made, `max_items`
  # items were yielded, or `timeout` seconds (by `clock`) have passed. Each bound is checked
  # when given, and refused with InvalidArgumentError when it is not a number of the right kind.
  class TailBounds
    def initialize(clock, stop:, max_polls:, max_items:, timeout:)
      @clock = clock
      @stop = Config.callable(:stop, stop)
      @max_polls = TailBounds.count(:max_polls, max_polls)
      @max_items = TailBounds.count(:max_items, max_items)
      @deadline = timeout && (clock.call + Config.seconds(:timeout, timeout))
      @polls = 0
      @items = 0
    end

    def polled
      @polls += 1
    end

    # One more item was yielded: is that the last one wanted?
    def counted_out?
      @items += 1
      !@max_items.nil? && @items >= @max_items
    end

    def finished?
      return true if @stop&.call
      return true if @max_polls && @polls >= @max_polls
      return true if @max_items && @items >= @max_items

      !@deadline.nil? && @clock.call >= @deadline
    end

    # How long to sleep before the next poll: the interval, cut short by the deadline.
    def wait(interval)
      @deadline ? [interval, [@deadline - @clock.call, 0].max].min : interval
    end

    # A positive Integer (not true or false), or nil for no bound.
    def self.count(name, value)
      return nil if value.nil?
      return value if value.is_a?(Integer) && value.positive?

      raise InvalidArgumentError, "#{name} must be a positive Integer (got #{value.inspect})"
    end
  end
end
