package sdkgen.runtime.core;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Public: how generated code describes one operation to the runtime. The generated {@code
 * Operations} class holds one per operationId; the runtime reads nothing else about the API.
 *
 * @param <T> the result type of a call (what a 2xx or 3xx decodes to)
 */
public final class Operation<T> {
    private final String operationId;
    private final String method;
    private final String path;
    private final List<Param> params;
    private final String requestContentType;
    private final boolean bodyRequired;
    private final Map<String, ResponseType> responses;
    private final Pagination pagination;
    private final Waiter waiter;
    private final Tailing tail;
    private final List<SecurityScheme> security;
    private final List<String> pathParts;
    private final boolean streams;

    private Operation(Builder<T> builder) {
        this.operationId = builder.operationId;
        this.method = builder.method;
        this.path = builder.path;
        this.params = List.copyOf(builder.params);
        this.requestContentType = builder.requestContentType;
        this.bodyRequired = builder.bodyRequired;
        this.responses = Collections.unmodifiableMap(new LinkedHashMap<>(builder.responses));
        this.pagination = builder.pagination;
        this.waiter = builder.waiter;
        this.tail = builder.tail;
        this.security = builder.security == null ? null : List.copyOf(builder.security);
        this.pathParts = splitPath(path);
        this.streams = anyStreams(responses);
    }

    /**
     * Splits a path template once, so calls fill it without scanning it again: literal text and
     * parameter names alternate. A parameter is {@code {name}} with a name of at least one
     * character and no braces; any other brace is literal text.
     */
    private static List<String> splitPath(String path) {
        List<String> parts = new ArrayList<>();
        int literalStart = 0;
        int i = 0;
        while (i < path.length()) {
            if (path.charAt(i) == '{') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '{' && path.charAt(end) != '}') {
                    end++;
                }
                if (end < path.length() && path.charAt(end) == '}' && end > i + 1) {
                    parts.add(path.substring(literalStart, i));
                    parts.add(path.substring(i + 1, end));
                    literalStart = end + 1;
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        parts.add(path.substring(literalStart));
        return List.copyOf(parts);
    }

    private static boolean anyStreams(Map<String, ResponseType> responses) {
        for (Map.Entry<String, ResponseType> entry : responses.entrySet()) {
            if (entry.getKey().startsWith("2") && entry.getValue().kind() == ResponseKind.EVENTS) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts describing an operation.
     *
     * @param <T> the result type of a call
     * @param operationId the operationId
     * @param method the HTTP method
     * @param path the path template, e.g. {@code /apps/{appID}}
     * @return a builder
     */
    public static <T> Builder<T> builder(String operationId, String method, String path) {
        return new Builder<>(operationId, method, path);
    }

    /**
     * The operationId.
     *
     * @return the operationId
     */
    public String operationId() {
        return operationId;
    }

    /**
     * The HTTP method, upper case.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The path template.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The path template split once: literal text at even indexes, parameter names at odd ones
     * (so the list always has an odd size; {@code /apps/{appID}} is {@code ["/apps/", "appID",
     * ""]}).
     *
     * @return the parts
     */
    public List<String> pathParts() {
        return pathParts;
    }

    /**
     * The parameters, in the spec's order.
     *
     * @return the parameters
     */
    public List<Param> params() {
        return params;
    }

    /**
     * The parameter with a wire name, if any.
     *
     * @param name the wire name
     * @return the parameter, or null
     */
    public Param param(String name) {
        for (Param param : params) {
            if (param.name().equals(name)) {
                return param;
            }
        }
        return null;
    }

    /**
     * The media type of the request body.
     *
     * @return the media type, or null when the operation takes no body
     */
    public String requestContentType() {
        return requestContentType;
    }

    /**
     * Whether the request body is required.
     *
     * @return true when required
     */
    public boolean bodyRequired() {
        return bodyRequired;
    }

    /**
     * The declared responses: status ({@code 200}), class ({@code 2XX}) or {@code default}.
     *
     * @return the responses
     */
    public Map<String, ResponseType> responses() {
        return responses;
    }

    /**
     * The declared response for a status: exact, then its class ({@code 2XX}), then (for a 2xx)
     * the first declared success, then {@code default}.
     *
     * @param status the HTTP status
     * @return the response type, or null when undeclared
     */
    public ResponseType response(int status) {
        ResponseType exact = responses.get(Integer.toString(status));
        if (exact != null) {
            return exact; // the usual case: no class keys to build
        }
        String[] keys = {status / 100 + "XX", status / 100 + "xx"};
        for (String key : keys) {
            ResponseType type = responses.get(key);
            if (type != null) {
                return type;
            }
        }
        if (status >= 200 && status < 300) {
            // An undeclared success reads like the declared one, so typed calls get their type.
            for (Map.Entry<String, ResponseType> entry : responses.entrySet()) {
                if (entry.getKey().startsWith("2")) {
                    return entry.getValue();
                }
            }
        }
        return responses.get("default");
    }

    /**
     * How the operation pages.
     *
     * @return the pagination, or null
     */
    public Pagination pagination() {
        return pagination;
    }

    /**
     * The waiter polling this operation.
     *
     * @return the waiter, or null
     */
    public Waiter waiter() {
        return waiter;
    }

    /**
     * How to follow new items of this operation.
     *
     * @return the tail, or null
     */
    public Tailing tail() {
        return tail;
    }

    /**
     * The security schemes the operation accepts; the client sends every credential it has for one
     * of them. Empty: the operation takes no credentials. Null: the API declares no schemes at all,
     * and a client's token is sent as a bearer token.
     *
     * @return the schemes, or null
     */
    public List<SecurityScheme> security() {
        return security;
    }

    /**
     * Whether a success answers with server-sent events ({@code text/event-stream}): calls then
     * return an {@link EventStream}.
     *
     * @return true for an event stream
     */
    public boolean streams() {
        return streams;
    }

    @Override
    public String toString() {
        return "Operation[" + operationId + " " + method + " " + path + "]";
    }

    /** Where a parameter goes. */
    public enum Location {
        /** In the path template. */
        PATH,
        /** In the query string. */
        QUERY,
        /** A request header. */
        HEADER,
        /** A cookie. */
        COOKIE
    }

    /**
     * One parameter. Path parameters are given in {@code pathParams}; query, header and cookie
     * parameters all in {@code query}, and are sent where {@code location} says.
     */
    public static final class Param {
        private final String name;
        private final Location location;
        private final boolean required;
        private final String style;
        private final boolean explode;

        /**
         * Checks the values.
         *
         * @param name the wire name
         * @param location where it goes
         * @param required whether it must be given
         * @param style the OpenAPI style ({@code form}, {@code simple}, {@code deepObject}, ...)
         * @param explode the OpenAPI explode flag
         */
        public Param(String name, Location location, boolean required, String style, boolean explode) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(style, "style");
            this.name = name;
            this.location = location;
            this.required = required;
            this.style = style;
            this.explode = explode;
        }

        /**
         * Returns the wire name.
         *
         * @return the wire name
         */
        public String name() {
            return name;
        }

        /**
         * Returns where it goes.
         *
         * @return where it goes
         */
        public Location location() {
            return location;
        }

        /**
         * Returns whether it must be given.
         *
         * @return whether it must be given
         */
        public boolean required() {
            return required;
        }

        /**
         * Returns the OpenAPI style ({@code form}, {@code simple}, {@code deepObject}, ...).
         *
         * @return the OpenAPI style ({@code form}, {@code simple}, {@code deepObject}, ...)
         */
        public String style() {
            return style;
        }

        /**
         * Returns the OpenAPI explode flag.
         *
         * @return the OpenAPI explode flag
         */
        public boolean explode() {
            return explode;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Param)) {
                return false;
            }
            Param that = (Param) other;
            return Objects.equals(name, that.name)
                    && Objects.equals(location, that.location)
                    && Objects.equals(required, that.required)
                    && Objects.equals(style, that.style)
                    && Objects.equals(explode, that.explode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, location, required, style, explode);
        }

        @Override
        public String toString() {
            return "Param[name=" + name + ", location=" + location + ", required=" + required + ", style=" + style + ", explode=" + explode + "]";
        }
    }

    /** What a response body decodes to. */
    public enum ResponseKind {
        /** JSON, decoded to a type. */
        JSON,
        /** No body: {@link EmptyResult}. */
        EMPTY,
        /** A redirect: {@link RedirectResult}. */
        REDIRECT,
        /** Text, as a {@code String}. */
        TEXT,
        /** Binary, as a {@code byte[]}. */
        BYTES,
        /** Server-sent events, as an {@link EventStream} read while they arrive. */
        EVENTS
    }

    /**
     * The declared body of one response.
     */
    public static final class ResponseType {
        private final ResponseKind kind;
        private final Type type;

        /**
         * Creates one.
         *
         * @param kind how to read it
         * @param type the type JSON decodes to (for {@link ResponseKind#JSON})
         */
        public ResponseType(ResponseKind kind, Type type) {
            this.kind = kind;
            this.type = type;
        }

        /**
         * Returns how to read it.
         *
         * @return how to read it
         */
        public ResponseKind kind() {
            return kind;
        }

        /**
         * Returns the type JSON decodes to (for {@link ResponseKind#JSON}).
         *
         * @return the type JSON decodes to (for {@link ResponseKind#JSON})
         */
        public Type type() {
            return type;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof ResponseType)) {
                return false;
            }
            ResponseType that = (ResponseType) other;
            return Objects.equals(kind, that.kind)
                    && Objects.equals(type, that.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, type);
        }

        @Override
        public String toString() {
            return "ResponseType[kind=" + kind + ", type=" + type + "]";
        }
    }

    /** The three pagination styles. */
    public enum PageStyle {
        /** {@code limit}/{@code offset}, with items and a total. */
        OFFSET,
        /** {@code page} (1-based)/{@code per_page}. */
        PAGE,
        /** An opaque cursor: the page's next cursor goes back as a query parameter. */
        CURSOR
    }

    /**
     * How a list operation pages. Names are wire names (response keys and query parameters).
     */
    public static final class Pagination {
        private final PageStyle style;
        private final String items;
        private final Type itemType;
        private final String total;
        private final String limitParam;
        private final String offsetParam;
        private final String pageParam;
        private final String perPageParam;
        private final String cursorParam;
        private final String nextCursor;
        private final String hasMore;

        /**
         * Creates one.
         *
         * @param style the style
         * @param items the list field of a page
         * @param itemType the type of one item
         * @param total the total-count field, or null
         * @param limitParam the page-size parameter (offset, cursor), or null
         * @param offsetParam the offset parameter (offset), or null
         * @param pageParam the page-number parameter (page), or null
         * @param perPageParam the page-size parameter (page), or null
         * @param cursorParam the cursor parameter (cursor), or null
         * @param nextCursor the next-cursor field (cursor), or null
         * @param hasMore the boolean more-to-fetch field, or null
         */
        public Pagination(PageStyle style, String items, Type itemType, String total, String limitParam, String offsetParam, String pageParam, String perPageParam, String cursorParam, String nextCursor, String hasMore) {
            this.style = style;
            this.items = items;
            this.itemType = itemType;
            this.total = total;
            this.limitParam = limitParam;
            this.offsetParam = offsetParam;
            this.pageParam = pageParam;
            this.perPageParam = perPageParam;
            this.cursorParam = cursorParam;
            this.nextCursor = nextCursor;
            this.hasMore = hasMore;
        }

        /**
         * {@code limit}/{@code offset} paging.
         *
         * @param items the list field
         * @param itemType the type of one item
         * @param total the total field, or null
         * @param limitParam the page-size parameter
         * @param offsetParam the offset parameter
         * @return the pagination
         */
        public static Pagination offset(String items, Type itemType, String total, String limitParam, String offsetParam) {
            return new Pagination(PageStyle.OFFSET, items, itemType, total, limitParam, offsetParam, null, null, null, null, null);
        }

        /**
         * {@code page}/{@code per_page} paging.
         *
         * @param items the list field
         * @param itemType the type of one item
         * @param total the total field, or null
         * @param pageParam the page-number parameter
         * @param perPageParam the page-size parameter
         * @return the pagination
         */
        public static Pagination page(String items, Type itemType, String total, String pageParam, String perPageParam) {
            return new Pagination(PageStyle.PAGE, items, itemType, total, null, null, pageParam, perPageParam, null, null, null);
        }

        /**
         * Cursor paging.
         *
         * @param items the list field
         * @param itemType the type of one item
         * @param total the total field, or null
         * @param limitParam the page-size parameter, or null
         * @param cursorParam the cursor parameter
         * @param nextCursor the next-cursor field
         * @param hasMore the more-to-fetch field, or null
         * @return the pagination
         */
        public static Pagination cursor(
                String items, Type itemType, String total, String limitParam, String cursorParam, String nextCursor, String hasMore) {
            return new Pagination(PageStyle.CURSOR, items, itemType, total, limitParam, null, null, null, cursorParam, nextCursor, hasMore);
        }

        /**
         * Returns the style.
         *
         * @return the style
         */
        public PageStyle style() {
            return style;
        }

        /**
         * Returns the list field of a page.
         *
         * @return the list field of a page
         */
        public String items() {
            return items;
        }

        /**
         * Returns the type of one item.
         *
         * @return the type of one item
         */
        public Type itemType() {
            return itemType;
        }

        /**
         * Returns the total-count field, or null.
         *
         * @return the total-count field, or null
         */
        public String total() {
            return total;
        }

        /**
         * Returns the page-size parameter (offset, cursor), or null.
         *
         * @return the page-size parameter (offset, cursor), or null
         */
        public String limitParam() {
            return limitParam;
        }

        /**
         * Returns the offset parameter (offset), or null.
         *
         * @return the offset parameter (offset), or null
         */
        public String offsetParam() {
            return offsetParam;
        }

        /**
         * Returns the page-number parameter (page), or null.
         *
         * @return the page-number parameter (page), or null
         */
        public String pageParam() {
            return pageParam;
        }

        /**
         * Returns the page-size parameter (page), or null.
         *
         * @return the page-size parameter (page), or null
         */
        public String perPageParam() {
            return perPageParam;
        }

        /**
         * Returns the cursor parameter (cursor), or null.
         *
         * @return the cursor parameter (cursor), or null
         */
        public String cursorParam() {
            return cursorParam;
        }

        /**
         * Returns the next-cursor field (cursor), or null.
         *
         * @return the next-cursor field (cursor), or null
         */
        public String nextCursor() {
            return nextCursor;
        }

        /**
         * Returns the boolean more-to-fetch field, or null.
         *
         * @return the boolean more-to-fetch field, or null
         */
        public String hasMore() {
            return hasMore;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Pagination)) {
                return false;
            }
            Pagination that = (Pagination) other;
            return Objects.equals(style, that.style)
                    && Objects.equals(items, that.items)
                    && Objects.equals(itemType, that.itemType)
                    && Objects.equals(total, that.total)
                    && Objects.equals(limitParam, that.limitParam)
                    && Objects.equals(offsetParam, that.offsetParam)
                    && Objects.equals(pageParam, that.pageParam)
                    && Objects.equals(perPageParam, that.perPageParam)
                    && Objects.equals(cursorParam, that.cursorParam)
                    && Objects.equals(nextCursor, that.nextCursor)
                    && Objects.equals(hasMore, that.hasMore);
        }

        @Override
        public int hashCode() {
            return Objects.hash(style, items, itemType, total, limitParam, offsetParam, pageParam, perPageParam, cursorParam, nextCursor, hasMore);
        }

        @Override
        public String toString() {
            return "Pagination[style=" + style + ", items=" + items + ", itemType=" + itemType + ", total=" + total + ", limitParam=" + limitParam + ", offsetParam=" + offsetParam + ", pageParam=" + pageParam + ", perPageParam=" + perPageParam + ", cursorParam=" + cursorParam + ", nextCursor=" + nextCursor + ", hasMore=" + hasMore + "]";
        }
    }

    /**
     * Poll this (GET) operation until {@code field} (a wire name) is one of {@code terminal}.
     */
    public static final class Waiter {
        private final String name;
        private final String field;
        private final List<String> terminal;

        /**
         * Copies the terminal values.
         *
         * @param name the waiter's name
         * @param field the watched field
         * @param terminal the terminal values
         */
        public Waiter(String name, String field, List<String> terminal) {
            terminal = List.copyOf(terminal);
            this.name = name;
            this.field = field;
            this.terminal = terminal;
        }

        /**
         * Returns the waiter's name.
         *
         * @return the waiter's name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the watched field.
         *
         * @return the watched field
         */
        public String field() {
            return field;
        }

        /**
         * Returns the terminal values.
         *
         * @return the terminal values
         */
        public List<String> terminal() {
            return terminal;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Waiter)) {
                return false;
            }
            Waiter that = (Waiter) other;
            return Objects.equals(name, that.name)
                    && Objects.equals(field, that.field)
                    && Objects.equals(terminal, that.terminal);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, field, terminal);
        }

        @Override
        public String toString() {
            return "Waiter[name=" + name + ", field=" + field + ", terminal=" + terminal + "]";
        }
    }

    /**
     * Follow new items: send {@code param=value} (e.g. {@code direction=forward}), then the previous
     * page's next cursor, again and again. Needs the operation's cursor pagination.
     */
    public static final class Tailing {
        private final String name;
        private final String param;
        private final String value;

        /**
         * Creates one.
         *
         * @param name the tail's name
         * @param param the query parameter that selects following
         * @param value its value
         */
        public Tailing(String name, String param, String value) {
            this.name = name;
            this.param = param;
            this.value = value;
        }

        /**
         * Returns the tail's name.
         *
         * @return the tail's name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the query parameter that selects following.
         *
         * @return the query parameter that selects following
         */
        public String param() {
            return param;
        }

        /**
         * Returns its value.
         *
         * @return its value
         */
        public String value() {
            return value;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Tailing)) {
                return false;
            }
            Tailing that = (Tailing) other;
            return Objects.equals(name, that.name)
                    && Objects.equals(param, that.param)
                    && Objects.equals(value, that.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, param, value);
        }

        @Override
        public String toString() {
            return "Tailing[name=" + name + ", param=" + param + ", value=" + value + "]";
        }
    }

    /**
     * Builds an {@link Operation}.
     *
     * @param <T> the result type of a call
     */
    public static final class Builder<T> {
        private final String operationId;
        private final String method;
        private final String path;
        private final List<Param> params = new ArrayList<>();
        private String requestContentType;
        private boolean bodyRequired;
        private final Map<String, ResponseType> responses = new LinkedHashMap<>();
        private Pagination pagination;
        private Waiter waiter;
        private Tailing tail;
        private List<SecurityScheme> security;

        private Builder(String operationId, String method, String path) {
            this.operationId = Objects.requireNonNull(operationId, "operationId");
            this.method = method.toUpperCase(Locale.ROOT);
            this.path = Objects.requireNonNull(path, "path");
        }

        /**
         * Adds a parameter.
         *
         * @param name the wire name
         * @param location where it goes
         * @param required whether it must be given
         * @param style the OpenAPI style
         * @param explode the OpenAPI explode flag
         * @return this builder
         */
        public Builder<T> param(String name, Location location, boolean required, String style, boolean explode) {
            params.add(new Param(name, location, required, style, explode));
            return this;
        }

        /**
         * Declares the request body.
         *
         * @param contentType its media type
         * @param required whether it must be given
         * @return this builder
         */
        public Builder<T> body(String contentType, boolean required) {
            this.requestContentType = contentType;
            this.bodyRequired = required;
            return this;
        }

        /**
         * Declares a JSON response decoded to a class.
         *
         * @param status the status key ({@code 200}, {@code 2XX}, {@code default})
         * @param type the class
         * @return this builder
         */
        public Builder<T> json(String status, Class<?> type) {
            responses.put(status, new ResponseType(ResponseKind.JSON, type));
            return this;
        }

        /**
         * Declares a JSON response decoded to a generic type.
         *
         * @param status the status key
         * @param type the type
         * @return this builder
         */
        public Builder<T> json(String status, TypeReference<?> type) {
            responses.put(status, new ResponseType(ResponseKind.JSON, type.getType()));
            return this;
        }

        /**
         * Declares a response of another kind (empty, redirect, text, bytes, events).
         *
         * @param status the status key
         * @param kind how to read it
         * @return this builder
         */
        public Builder<T> response(String status, ResponseKind kind) {
            responses.put(status, new ResponseType(kind, Object.class));
            return this;
        }

        /**
         * Declares how the operation pages.
         *
         * @param pagination the pagination
         * @return this builder
         */
        public Builder<T> pagination(Pagination pagination) {
            this.pagination = pagination;
            return this;
        }

        /**
         * Declares a waiter.
         *
         * @param name its name
         * @param field the watched field
         * @param terminal the terminal values
         * @return this builder
         */
        public Builder<T> waiter(String name, String field, String... terminal) {
            this.waiter = new Waiter(name, field, List.of(terminal));
            return this;
        }

        /**
         * Declares a tail.
         *
         * @param name its name
         * @param param the query parameter that selects following
         * @param value its value
         * @return this builder
         */
        public Builder<T> tail(String name, String param, String value) {
            this.tail = new Tailing(name, param, value);
            return this;
        }

        /**
         * Declares the security schemes the operation accepts; none: it takes no credentials.
         * Never called: the API declares no schemes.
         *
         * @param schemes the schemes, in the order of the API's description
         * @return this builder
         */
        public Builder<T> security(SecurityScheme... schemes) {
            this.security = List.of(schemes);
            return this;
        }

        /**
         * The operation.
         *
         * @return a new operation
         */
        public Operation<T> build() {
            return new Operation<>(this);
        }
    }
}
