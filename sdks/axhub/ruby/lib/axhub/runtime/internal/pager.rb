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

    # cursor: the token at `next_path` in the page; starting_after: the key `next_path` (the id) of the
    # page's last item. An unchanged token would fetch the same page forever.
    def next_token_query(pagination, query, page, items)
      holder = pagination.style.to_s == "starting_after" ? items.last : page
      token = cursor(at(holder, pagination.next_path))
      return nil if token.nil? || token == cursor(query[pagination.param])

      query.merge(pagination.param => token)
    end
  end
end
