package io.platformexample.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Internal: the one pager. From a page to the query of the next, reading {@code
 * Operation.Pagination}: where the items, token, total and more-to-fetch flag are, which query
 * parameter moves, and which rules stop the iteration.
 */
public final class Paging {
    private Paging() {}

    /** One fetched page: its body, the URL it came from and the response's Link header. */
    public static final class Page {
        private final JsonNode body;
        private final String url;
        private final String link;

        /**
         * A fetched page.
         *
         * @param body the page as JSON
         * @param url the URL it came from
         * @param link the response's Link header, or null
         */
        public Page(JsonNode body, String url, String link) {
            this.body = body;
            this.url = url;
            this.link = link;
        }

        /**
         * Returns the page as JSON.
         *
         * @return the body
         */
        public JsonNode body() {
            return body;
        }

        /**
         * Returns the URL the page came from.
         *
         * @return the URL
         */
        public String url() {
            return url;
        }

        /**
         * Returns the response's Link header.
         *
         * @return the header, or null
         */
        public String link() {
            return link;
        }
    }

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
        if (param == null || followsUrl(pagination)) {
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

    /**
     * Whether the operation's next page is a URL: the page's own ({@code NEXT_URL}, at {@code next})
     * or the response's {@code Link} rel="next" ({@code LINK_HEADER}).
     *
     * @param pagination how the operation pages
     * @return true for the URL styles
     */
    public static boolean followsUrl(Operation.Pagination pagination) {
        return pagination.style() == Operation.PageStyle.NEXT_URL || pagination.style() == Operation.PageStyle.LINK_HEADER;
    }

    /**
     * The URL of the page after {@code page} (fetched with {@code query} from {@code url}), resolved
     * against {@code url}, or null at the end: the stop rules, no next URL, or this page's URL again.
     *
     * @param pagination how the operation pages
     * @param query the first page's query
     * @param page the page as JSON
     * @param items the page's items
     * @param seen the items of every page so far, this one included
     * @param url the URL the page came from
     * @param link the response's Link header, or null
     * @return the next page's absolute URL, or null
     * @throws InvalidArgumentException when the next URL is not a URL
     */
    public static String nextUrl(
            Operation.Pagination pagination,
            Map<String, Object> query,
            JsonNode page,
            List<JsonNode> items,
            long seen,
            String url,
            String link) {
        List<String> stop = pagination.stop();
        if (stop.contains("has_more") && Boolean.FALSE.equals(isMore(page, pagination))) {
            return null;
        }
        if (stop.contains("empty") && items.isEmpty()) {
            return null;
        }
        Long size = pagination.sizeParam() == null ? null : asLong(query.get(pagination.sizeParam()));
        if (stop.contains("short") && size != null && items.size() < size) {
            return null;
        }
        Long total = pagination.total().isEmpty() ? null : asLong(at(page, pagination.total()));
        if (stop.contains("total") && total != null && seen >= total) {
            return null;
        }
        String given = pagination.style() == Operation.PageStyle.LINK_HEADER
                ? linkNext(link)
                : cursor(at(page, pagination.next()));
        if (given == null) {
            return null;
        }
        String target = resolve(url, given);
        return target.equals(url) ? null : target;
    }

    /**
     * {@code given} (absolute, or relative to {@code base}) as an absolute URL without a fragment.
     *
     * @param base the URL of the page
     * @param given the next URL the API gave
     * @return the absolute URL
     * @throws InvalidArgumentException when either is not a URL
     */
    public static String resolve(String base, String given) {
        try {
            String target;
            if (given.startsWith("?")) {
                // RFC 3986: a query alone keeps the base's path (java.net.URI would drop its last segment)
                int query = base.indexOf('?');
                target = (query < 0 ? base : base.substring(0, query)) + given;
            } else {
                target = URI.create(base).resolve(URI.create(given)).toString();
            }
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("the next page URL '" + given + "' is not a URL: " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code url} is on the same scheme, host and port as {@code base}.
     *
     * @param url a URL
     * @param base the client's base URL
     * @return true on the same origin; false otherwise or when either does not parse
     */
    public static boolean sameOrigin(String url, String base) {
        try {
            URI a = URI.create(url);
            URI b = URI.create(base);
            return a.getScheme() != null
                    && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost() != null
                    && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /**
     * The target of the first link whose rel has "next" in a Link header (RFC 8288): several
     * links separated by commas, parameters after ";", values quoted or not.
     *
     * @param header the header's value (several headers joined with ", "), or null
     * @return the target as written, or null when no link is rel="next"
     */
    public static String linkNext(String header) {
        if (header == null) {
            return null;
        }
        int at = 0;
        while (true) {
            int open = header.indexOf('<', at);
            if (open < 0) {
                return null;
            }
            int close = header.indexOf('>', open);
            if (close < 0) {
                return null;
            }
            String target = header.substring(open + 1, close).trim();
            at = close + 1;
            String rel = null;
            // the link's parameters: ; name [= value | "quoted value"], until a comma or the end
            while (true) {
                at = skipSpaces(header, at);
                if (at >= header.length() || header.charAt(at) != ';') {
                    break;
                }
                at = skipSpaces(header, at + 1);
                int nameStart = at;
                while (at < header.length() && "=;, \t".indexOf(header.charAt(at)) < 0) {
                    at++;
                }
                String name = header.substring(nameStart, at).toLowerCase(Locale.ROOT);
                at = skipSpaces(header, at);
                String value = "";
                if (at < header.length() && header.charAt(at) == '=') {
                    at = skipSpaces(header, at + 1);
                    StringBuilder text = new StringBuilder();
                    if (at < header.length() && header.charAt(at) == '"') {
                        at++;
                        while (at < header.length() && header.charAt(at) != '"') {
                            if (header.charAt(at) == '\\' && at + 1 < header.length()) {
                                at++;
                            }
                            text.append(header.charAt(at));
                            at++;
                        }
                        at++; // the closing quote
                    } else {
                        while (at < header.length() && header.charAt(at) != ';' && header.charAt(at) != ',') {
                            text.append(header.charAt(at));
                            at++;
                        }
                    }
                    value = text.toString().trim();
                }
                if (name.equals("rel") && rel == null) {
                    rel = value;
                }
            }
            if (rel != null) {
                for (String word : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (word.equals("next")) {
                        return target;
                    }
                }
            }
        }
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
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
