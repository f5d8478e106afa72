package ai.axhub.sdk.core;

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
    private final String host;
    private final boolean tenantScoped;
    private final SessionRole session;
    private final Resume resume;
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
        this.host = builder.host;
        this.tenantScoped = builder.tenantScoped;
        this.session = builder.session;
        this.resume = builder.resume;
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
     * The host the operation is sent to: empty for the client's base URL, else the key of another
     * base URL of the API (e.g. {@code agent}), set with {@link ClientBuilder#hostBaseUrl}.
     *
     * @return the host key, or an empty string
     */
    public String host() {
        return host;
    }

    /**
     * Whether the operation is about one tenant: the client's tenant id goes in the API's tenant
     * header on it (and on no operation that is not), unless the call gives the header itself.
     *
     * @return true for a tenant-scoped operation
     */
    public boolean tenantScoped() {
        return tenantScoped;
    }

    /**
     * What the operation does to the client's session: logs in, refreshes or logs out.
     *
     * @return the role, or null when the operation plays none
     */
    public SessionRole session() {
        return session;
    }

    /**
     * How a broken event stream of this operation is resumed.
     *
     * @return the resume settings, or null when the stream is not resumed
     */
    public Resume resume() {
        return resume;
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

    /**
     * The pagination styles. A next URL (in the page or a Link header) is resolved against the
     * page's URL and followed on the base URL's origin only, with the client's credentials (API
     * keys in the query included); another origin is refused before sending.
     */
    public enum PageStyle {
        /** The offset parameter moves by the items on each page. */
        OFFSET,
        /** The page-number parameter (1-based) moves by one. */
        PAGE,
        /** The token at {@code next} in the page goes back in the cursor parameter. */
        CURSOR,
        /** The key {@code next} (the id) of the page's last item goes back in the parameter. */
        STARTING_AFTER,
        /** The URL at {@code next} in the page (absolute, or relative to the page) is the next page. */
        NEXT_URL,
        /** The response's {@code Link} header's rel="next" URL is the next page. */
        LINK_HEADER
    }

    /**
     * How a list operation pages, as data: one pager ({@code Paging}) reads it for every style.
     * Paths are lists of wire names from the page's root (e.g. {@code metadata, continue}; an
     * empty items path: the page is the list).
     *
     * <p>{@code stop} lists the rules that end the iteration: {@code empty} (no items), {@code
     * short} (fewer items than {@code sizeParam} asked for), {@code total} (every item counted),
     * {@code token} (the next token or id absent, empty or unchanged), {@code has_more} (the flag
     * is false).
     */
    public static final class Pagination {
        private final PageStyle style;
        private final Type itemType;
        private final List<String> items;
        private final String param;
        private final String sizeParam;
        private final List<String> next;
        private final List<String> total;
        private final List<String> hasMore;
        private final List<String> stop;

        /**
         * Creates one, copying the paths and rules.
         *
         * @param style how the next request is made
         * @param itemType the type of one item
         * @param items where the list of items is
         * @param param the query parameter that receives the offset, page, token or id, or null
         * @param sizeParam the page-size query parameter, or null
         * @param next where the next token is (cursor), or the id key of an item (starting_after)
         * @param total where the count of all items is (empty: none)
         * @param hasMore where the more-to-fetch flag is (empty: none)
         * @param stop the stop rules
         */
        public Pagination(
                PageStyle style,
                Type itemType,
                List<String> items,
                String param,
                String sizeParam,
                List<String> next,
                List<String> total,
                List<String> hasMore,
                List<String> stop) {
            this.style = style;
            this.itemType = itemType;
            this.items = List.copyOf(items);
            this.param = param;
            this.sizeParam = sizeParam;
            this.next = List.copyOf(next);
            this.total = List.copyOf(total);
            this.hasMore = List.copyOf(hasMore);
            this.stop = List.copyOf(stop);
        }

        /**
         * A pagination of {@code style} whose items are the page itself, with nothing else set.
         *
         * @param style the style
         * @param itemType the type of one item
         * @return the pagination
         */
        public static Pagination of(PageStyle style, Type itemType) {
            return new Pagination(style, itemType, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
        }

        /**
         * With the items at {@code path}.
         *
         * @param path wire names from the page's root
         * @return the changed pagination
         */
        public Pagination items(String... path) {
            return new Pagination(style, itemType, List.of(path), param, sizeParam, next, total, hasMore, stop);
        }

        /**
         * With the parameter that moves.
         *
         * @param name the query parameter
         * @return the changed pagination
         */
        public Pagination param(String name) {
            return new Pagination(style, itemType, items, name, sizeParam, next, total, hasMore, stop);
        }

        /**
         * With the page-size parameter.
         *
         * @param name the query parameter
         * @return the changed pagination
         */
        public Pagination sizeParam(String name) {
            return new Pagination(style, itemType, items, param, name, next, total, hasMore, stop);
        }

        /**
         * With the next token (or the item's id key) at {@code path}.
         *
         * @param path wire names
         * @return the changed pagination
         */
        public Pagination next(String... path) {
            return new Pagination(style, itemType, items, param, sizeParam, List.of(path), total, hasMore, stop);
        }

        /**
         * With the count of all items at {@code path}.
         *
         * @param path wire names
         * @return the changed pagination
         */
        public Pagination total(String... path) {
            return new Pagination(style, itemType, items, param, sizeParam, next, List.of(path), hasMore, stop);
        }

        /**
         * With the more-to-fetch flag at {@code path}.
         *
         * @param path wire names
         * @return the changed pagination
         */
        public Pagination hasMore(String... path) {
            return new Pagination(style, itemType, items, param, sizeParam, next, total, List.of(path), stop);
        }

        /**
         * With the stop rules.
         *
         * @param rules empty, short, total, token, has_more
         * @return the changed pagination
         */
        public Pagination stop(String... rules) {
            return new Pagination(style, itemType, items, param, sizeParam, next, total, hasMore, List.of(rules));
        }

        /**
         * Returns how the next request is made.
         *
         * @return the style
         */
        public PageStyle style() {
            return style;
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
         * Returns where the list of items is (empty: the page is the list).
         *
         * @return wire names from the page's root
         */
        public List<String> items() {
            return items;
        }

        /**
         * Returns the query parameter that receives the offset, page, token or id.
         *
         * @return the parameter, or null
         */
        public String param() {
            return param;
        }

        /**
         * Returns the page-size query parameter.
         *
         * @return the parameter, or null
         */
        public String sizeParam() {
            return sizeParam;
        }

        /**
         * Returns where the next token is (cursor), or the id key of an item (starting_after).
         *
         * @return wire names
         */
        public List<String> next() {
            return next;
        }

        /**
         * Returns where the count of all items is.
         *
         * @return wire names (empty: none)
         */
        public List<String> total() {
            return total;
        }

        /**
         * Returns where the more-to-fetch flag is.
         *
         * @return wire names (empty: none)
         */
        public List<String> hasMore() {
            return hasMore;
        }

        /**
         * Returns the stop rules.
         *
         * @return empty, short, total, token, has_more
         */
        public List<String> stop() {
            return stop;
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
                    && Objects.equals(itemType, that.itemType)
                    && Objects.equals(items, that.items)
                    && Objects.equals(param, that.param)
                    && Objects.equals(sizeParam, that.sizeParam)
                    && Objects.equals(next, that.next)
                    && Objects.equals(total, that.total)
                    && Objects.equals(hasMore, that.hasMore)
                    && Objects.equals(stop, that.stop);
        }

        @Override
        public int hashCode() {
            return Objects.hash(style, itemType, items, param, sizeParam, next, total, hasMore, stop);
        }

        @Override
        public String toString() {
            return "Pagination[style=" + style + ", itemType=" + itemType + ", items=" + items + ", param=" + param
                    + ", sizeParam=" + sizeParam + ", next=" + next + ", total=" + total + ", hasMore=" + hasMore
                    + ", stop=" + stop + "]";
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

    /** The roles an operation can play in the client's session. */
    public enum SessionKind {
        /** A success opens a session: the answer holds the token pair. */
        LOGIN,
        /** The runtime calls it with the refresh token to get a new pair (rotation). */
        REFRESH,
        /** A success ends the session. */
        LOGOUT
    }

    /**
     * What one operation does to the client's session, and where its answer keeps the tokens:
     * each path is the wire names from the answer's root to the value.
     */
    public static final class SessionRole {
        private final SessionKind kind;
        private final List<String> accessToken;
        private final List<String> refreshToken;
        private final List<String> expiresIn;
        private final String requestField;

        private SessionRole(
                SessionKind kind, List<String> accessToken, List<String> refreshToken, List<String> expiresIn,
                String requestField) {
            this.kind = kind;
            this.accessToken = accessToken;
            this.refreshToken = refreshToken;
            this.expiresIn = expiresIn;
            this.requestField = requestField;
        }

        /**
         * A role with no paths yet.
         *
         * @param kind the role
         * @return the role
         */
        public static SessionRole of(SessionKind kind) {
            return new SessionRole(Objects.requireNonNull(kind, "kind"), List.of(), List.of(), List.of(), "");
        }

        /**
         * Where the answer holds the access token.
         *
         * @param path wire names from the answer's root
         * @return a copy with the path
         */
        public SessionRole accessToken(String... path) {
            return new SessionRole(kind, List.of(path), refreshToken, expiresIn, requestField);
        }

        /**
         * Where the answer holds the refresh token.
         *
         * @param path wire names from the answer's root
         * @return a copy with the path
         */
        public SessionRole refreshToken(String... path) {
            return new SessionRole(kind, accessToken, List.of(path), expiresIn, requestField);
        }

        /**
         * Where the answer holds the access token's lifetime in seconds.
         *
         * @param path wire names from the answer's root
         * @return a copy with the path
         */
        public SessionRole expiresIn(String... path) {
            return new SessionRole(kind, accessToken, refreshToken, List.of(path), requestField);
        }

        /**
         * The body field that carries the refresh token (to the refresh operation, and to logout
         * when the call gives no body).
         *
         * @param field the field's wire name
         * @return a copy with the field
         */
        public SessionRole requestField(String field) {
            return new SessionRole(kind, accessToken, refreshToken, expiresIn, Objects.requireNonNull(field, "field"));
        }

        /**
         * The role.
         *
         * @return login, refresh or logout
         */
        public SessionKind kind() {
            return kind;
        }

        /**
         * The access token's path in the answer.
         *
         * @return wire names; empty when not declared
         */
        public List<String> accessToken() {
            return accessToken;
        }

        /**
         * The refresh token's path in the answer.
         *
         * @return wire names; empty when not declared
         */
        public List<String> refreshToken() {
            return refreshToken;
        }

        /**
         * The lifetime's path in the answer.
         *
         * @return wire names; empty when unknown
         */
        public List<String> expiresIn() {
            return expiresIn;
        }

        /**
         * The body field of the refresh token.
         *
         * @return its wire name; empty when none
         */
        public String requestField() {
            return requestField;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof SessionRole)) {
                return false;
            }
            SessionRole that = (SessionRole) other;
            return kind == that.kind && accessToken.equals(that.accessToken) && refreshToken.equals(that.refreshToken)
                    && expiresIn.equals(that.expiresIn) && requestField.equals(that.requestField);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, accessToken, refreshToken, expiresIn, requestField);
        }

        @Override
        public String toString() {
            return "SessionRole[" + kind + ", accessToken=" + accessToken + ", refreshToken=" + refreshToken
                    + ", expiresIn=" + expiresIn + ", requestField=" + requestField + "]";
        }
    }

    /** How a broken event stream is resumed: the header of the last event id, the bound and the wait. */
    public static final class Resume {
        private final String header;
        private final int maxReconnects;
        private final long retryMs;

        /**
         * The resume settings.
         *
         * @param header the header that carries the last event id
         * @param maxReconnects reconnections in a row without an event in between, at most
         * @param retryMs the wait before a reconnection in milliseconds, until the server sends its own
         */
        public Resume(String header, int maxReconnects, long retryMs) {
            this.header = Objects.requireNonNull(header, "header");
            if (maxReconnects < 0 || retryMs < 0) {
                throw new IllegalArgumentException("maxReconnects and retryMs must be >= 0");
            }
            this.maxReconnects = maxReconnects;
            this.retryMs = retryMs;
        }

        /**
         * The header that carries the last event id.
         *
         * @return e.g. {@code Last-Event-ID}
         */
        public String header() {
            return header;
        }

        /**
         * Reconnections in a row without an event in between, at most.
         *
         * @return the bound
         */
        public int maxReconnects() {
            return maxReconnects;
        }

        /**
         * The wait before a reconnection until the server sends a {@code retry:} of its own.
         *
         * @return milliseconds
         */
        public long retryMs() {
            return retryMs;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Resume)) {
                return false;
            }
            Resume that = (Resume) other;
            return header.equals(that.header) && maxReconnects == that.maxReconnects && retryMs == that.retryMs;
        }

        @Override
        public int hashCode() {
            return Objects.hash(header, maxReconnects, retryMs);
        }

        @Override
        public String toString() {
            return "Resume[" + header + ", maxReconnects=" + maxReconnects + ", retryMs=" + retryMs + "]";
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
        private String host = "";
        private boolean tenantScoped;
        private SessionRole session;
        private Resume resume;

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
         * Sends the operation to another base URL of the API than the client's {@code baseUrl}.
         *
         * @param host the host's key, e.g. {@code agent}; empty for the client's base URL
         * @return this builder
         */
        public Builder<T> host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * Marks the operation tenant-scoped (see {@link Operation#tenantScoped()}).
         *
         * @return this builder
         */
        public Builder<T> tenantScoped() {
            this.tenantScoped = true;
            return this;
        }

        /**
         * Declares what the operation does to the client's session.
         *
         * @param session the role
         * @return this builder
         */
        public Builder<T> session(SessionRole session) {
            this.session = Objects.requireNonNull(session, "session");
            return this;
        }

        /**
         * Declares how a broken event stream of the operation is resumed.
         *
         * @param header the header that carries the last event id, e.g. {@code Last-Event-ID}
         * @param maxReconnects reconnections in a row without an event in between, at most
         * @param retryMs the wait before a reconnection, in milliseconds, until the server sends its own
         * @return this builder
         */
        public Builder<T> resume(String header, int maxReconnects, long retryMs) {
            this.resume = new Resume(header, maxReconnects, retryMs);
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
