package sdkgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdkgen.runtime.core.Operation;

/** Internal: from one page to the query of the next, for the three pagination styles. */
public final class Paging {
    private Paging() {}

    /**
     * The items of a page.
     *
     * @param page the page as JSON
     * @param pagination how the operation pages
     * @return the items (empty when the page has no list)
     */
    public static List<JsonNode> items(JsonNode page, Operation.Pagination pagination) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode list = page == null ? null : page.get(pagination.items());
        if (list != null && list.isArray()) {
            list.forEach(items::add);
        }
        return items;
    }

    /**
     * The page's own more-to-fetch flag.
     *
     * @param page the page as JSON
     * @param pagination how the operation pages
     * @return TRUE, FALSE, or null when the page has none
     */
    public static Boolean isMore(JsonNode page, Operation.Pagination pagination) {
        if (pagination.hasMore() == null || page == null) {
            return null;
        }
        JsonNode value = page.get(pagination.hasMore());
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /**
     * A value as an integer, when it is one (a number, or text holding one).
     *
     * @param value the value
     * @return the number, or null
     */
    public static Long asLong(Object value) {
        if (value instanceof JsonNode) {
            JsonNode node = (JsonNode) value;
            if (node.isIntegralNumber()) {
                return node.longValue();
            }
            value = node.isTextual() ? node.textValue() : null;
        }
        if (value instanceof Number && !(value instanceof Double) && !(value instanceof Float)) {
            return ((Number) value).longValue();
        }
        if (value instanceof String) {
            try {
                return Long.parseLong(((String) value).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A cursor value, or null when it is absent or empty.
     *
     * @param value the value
     * @return the cursor text, or null
     */
    public static String cursor(Object value) {
        if (value instanceof JsonNode) {
            JsonNode node = (JsonNode) value;
            if (node.isNull() || node.isMissingNode()) {
                return null;
            }
            value = node.isTextual() ? node.textValue() : node.toString();
        }
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.isEmpty() ? null : text;
    }

    /**
     * The query for the page after {@code page} (fetched with {@code query}), or null at the end.
     *
     * <ul>
     *   <li>offset: stop on an empty page, a page shorter than the limit, or once {@code offset +
     *       items >= total};
     *   <li>page: stop on an empty or short page, or once {@code page * per_page >= total};
     *   <li>cursor: stop when the next cursor is empty, absent or does not move.
     * </ul>
     *
     * <p>A page that says its more-to-fetch flag is false is always the last.
     *
     * @param pagination how the operation pages
     * @param query the query the page was fetched with
     * @param page the page as JSON
     * @param items the page's items
     * @return the next query, or null
     */
    public static Map<String, Object> nextQuery(
            Operation.Pagination pagination, Map<String, Object> query, JsonNode page, List<JsonNode> items) {
        if (Boolean.FALSE.equals(isMore(page, pagination))) {
            return null;
        }
        Long total = pagination.total() == null || page == null ? null : asLong(page.get(pagination.total()));
        Map<String, Object> next = new LinkedHashMap<>(query);
        switch (pagination.style()) {
            case CURSOR:
                if (pagination.cursorParam() == null || pagination.nextCursor() == null || page == null) {
                    return null;
                }
                String cursor = cursor(page.get(pagination.nextCursor()));
                if (cursor == null || cursor.equals(cursor(query.get(pagination.cursorParam())))) {
                    return null;
                }
                next.put(pagination.cursorParam(), cursor);
                return next;
            case OFFSET:
                if (items.isEmpty() || pagination.offsetParam() == null) {
                    return null;
                }
                Long start = asLong(query.get(pagination.offsetParam()));
                long offset = (start == null ? 0 : start) + items.size();
                Long limit = pagination.limitParam() == null ? null : asLong(query.get(pagination.limitParam()));
                if ((total != null && offset >= total) || (limit != null && items.size() < limit)) {
                    return null;
                }
                next.put(pagination.offsetParam(), offset);
                return next;
            default:
                if (items.isEmpty() || pagination.pageParam() == null) {
                    return null;
                }
                Long number = asLong(query.get(pagination.pageParam()));
                long current = number == null ? 1 : number;
                Long perPage = pagination.perPageParam() == null ? null : asLong(query.get(pagination.perPageParam()));
                if (perPage != null && items.size() < perPage) {
                    return null;
                }
                if (total != null && current * (perPage != null ? perPage : items.size()) >= total) {
                    return null;
                }
                next.put(pagination.pageParam(), current + 1);
                return next;
        }
    }
}
