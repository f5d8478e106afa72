# frozen_string_literal: true

module Internal
  # Internal: from one page to the query of the next, for the three pagination styles.
  module Pager
    module_function

    def int(value)
      return nil if value.nil? || value == true || value == false

      Integer(value, exception: false) || (value.is_a?(Float) ? value.to_i : nil)
    end

    def items(page, pagination)
      list = Serde.wire_get(page, pagination.items)
      list.is_a?(Array) ? list : []
    end

    # The page's own "more to fetch" flag: true, false, or nil when it has none.
    def more?(page, pagination)
      return nil unless pagination.has_more

      value = Serde.wire_get(page, pagination.has_more)
      [true, false].include?(value) ? value : nil
    end

    def cursor(value)
      value.nil? || value.to_s.empty? ? nil : value.to_s
    end

    # The query for the page after `page` (fetched with `query`), or nil at the end.
    #
    # - offset: stop on an empty or short page, or once offset + items >= total;
    # - page: stop on an empty or short page, or once page * per_page >= total;
    # - cursor: stop when the next cursor is empty, absent or does not move.
    # A page that says has_more: false is always the last.
    def next_query(pagination, query, page, items)
      return nil if more?(page, pagination) == false

      case pagination.style.to_s
      when "cursor" then next_cursor_query(pagination, query, page)
      when "offset" then items.empty? ? nil : next_offset_query(pagination, query, page, items)
      else items.empty? ? nil : next_page_query(pagination, query, page, items)
      end
    end

    def next_cursor_query(pagination, query, page)
      return nil unless pagination.cursor_param && pagination.next_cursor

      following = cursor(Serde.wire_get(page, pagination.next_cursor))
      return nil if following.nil? || following == cursor(query[pagination.cursor_param])

      query.merge(pagination.cursor_param => following)
    end

    def next_offset_query(pagination, query, page, items)
      return nil unless pagination.offset_param

      total = pagination.total && int(Serde.wire_get(page, pagination.total))
      offset = (int(query[pagination.offset_param]) || 0) + items.length
      limit = pagination.limit_param && int(query[pagination.limit_param])
      return nil if (total && offset >= total) || (limit && items.length < limit)

      query.merge(pagination.offset_param => offset)
    end

    def next_page_query(pagination, query, page, items)
      return nil unless pagination.page_param

      total = pagination.total && int(Serde.wire_get(page, pagination.total))
      number = int(query[pagination.page_param]) || 1
      per_page = pagination.per_page_param && int(query[pagination.per_page_param])
      return nil if per_page && items.length < per_page
      return nil if total && number * (per_page || items.length) >= total

      query.merge(pagination.page_param => number + 1)
    end
  end
end
