package sdkgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sdkgen.runtime.core.Operation;

/**
 * Internal: the one pager. From a page to the query of the next, reading {@code
 * Operation.Pagination}: where the items, token, total and more-to-fetch flag are, which query
 * parameter moves, and which rules stop the iteration.
 */
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
        JsonNode list = at(page, pagination.items());
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
        if (pagination.hasMore().isEmpty()) {
            return null;
        }
        JsonNode value = at(page, pagination.hasMore());
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /**
     * The member at {@code path} (wire names) from {@code node}.
     *
     * @param node a page or an item
     * @param path wire names (empty: the node itself)
     * @return the member, or null where the path stops
     */
    public static JsonNode at(JsonNode node, List<String> path) {
        JsonNode current = node;
        for (String key : path) {
            if (current == null || !current.isObject()) {
                return null;
            }
            current = current.get(key);
        }
        return current;
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
     * The pagination's stop rules decide the end: empty, short, total, has_more; a token style also
     * ends when its token or id is absent, empty or unchanged.
     *
     * @param pagination how the operation pages
     * @param query the query the page was fetched with
     * @param page the page as JSON
     * @param items the page's items
     * @param seen the items of every page so far, this one included
     * @return the next query, or null
     */
    public static Map<String, Object> nextQuery(
            Operation.Pagination pagination, Map<String, Object> query, JsonNode page, List<JsonNode> items, long seen) {
        List<String> stop = pagination.stop();
        if (stop.contains("has_more") && Boolean.FALSE.equals(isMore(page, pagination))) {
            return null;
        }
        if (stop.contains("empty") && items.isEmpty()) {
            return null;
        }
        String param = pagination.param();
        Long size = pagination.sizeParam() == null ? null : asLong(query.get(pagination.sizeParam()));
        if (stop.contains("short") && size != null && items.size() < size) {
            return null;
        }
        Long total = pagination.total().isEmpty() ? null : asLong(at(page, pagination.total()));
        if (stop.contains("total") && total != null && position(pagination, query, items, size, seen) >= total) {
            return null;
        }
        Map<String, Object> next = new LinkedHashMap<>(query);
        if (param == null) {
            return null;
        }
        Long at = asLong(query.get(param));
        switch (pagination.style()) {
            case OFFSET:
                next.put(param, (at == null ? 0 : at) + items.size());
                return next;
            case PAGE:
                next.put(param, (at == null ? 1 : at) + 1);
                return next;
            default:
                // the token styles: a token or an id moves the iteration on
                String token = pagination.style() == Operation.PageStyle.STARTING_AFTER
                        ? (items.isEmpty() ? null : cursor(at(items.get(items.size() - 1), pagination.next())))
                        : cursor(at(page, pagination.next()));
                if (token == null || token.equals(cursor(query.get(param)))) {
                    return null; // nothing to move on with, or a token that would fetch the same page forever
                }
                next.put(param, token);
                return next;
        }
    }

    private static long position(
            Operation.Pagination pagination, Map<String, Object> query, List<JsonNode> items, Long size, long seen) {
        Long at = pagination.param() == null ? null : asLong(query.get(pagination.param()));
        switch (pagination.style()) {
            case OFFSET:
                return (at == null ? 0 : at) + items.size();
            case PAGE:
                return (at == null ? 1 : at) * (size != null ? size : items.size());
            default:
                return seen;
        }
    }
}
