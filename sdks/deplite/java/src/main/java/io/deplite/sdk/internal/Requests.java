package io.deplite.sdk.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.deplite.sdk.core.ClientOptions;
import io.deplite.sdk.core.Defaults;
import io.deplite.sdk.core.FilePart;
import io.deplite.sdk.core.Json;
import io.deplite.sdk.core.Operation;
import io.deplite.sdk.core.RequestOptions;
import io.deplite.sdk.errors.InvalidArgumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Internal: turning (operation, path params, query, body) into what goes on the wire. Pure, and
 * shared by blocking and async calls. Bad arguments are refused with {@link
 * InvalidArgumentException} before anything is sent.
 */
public final class Requests {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Requests() {}

    /**
     * The header the tenant id goes in on an operation: the API's own tenant header on its
     * tenant-scoped operations, none on the others, and {@code X-Tenant-ID} on every operation of
     * an API that declares no tenant header.
     *
     * @param client the client's settings
     * @param operation the operation
     * @return the header, or null for none
     */
    public static String tenantHeader(ClientOptions client, Operation<?> operation) {
        if (client.tenantHeader() == null) {
            return Defaults.TENANT_HEADER;
        }
        return operation.tenantScoped() ? client.tenantHeader() : null;
    }

    /**
     * Prepares one call.
     *
     * @param client the client's settings
     * @param operation the operation
     * @param pathParams path parameters by wire name, or null
     * @param query query, header and cookie parameters by wire name, or null
     * @param body the body, or null
     * @param options per-call overrides, or null
     * @return the prepared request
     */
    public static PreparedRequest prepare(
            ClientOptions client,
            Operation<?> operation,
            Map<String, ?> pathParams,
            Map<String, ?> query,
            Object body,
            RequestOptions options) {
        RequestOptions opts = options == null ? RequestOptions.none() : options;
        String path = renderPath(operation, pathParams);
        Map<String, Object> allQuery = new LinkedHashMap<>();
        if (query != null) {
            allQuery.putAll(query);
        }
        allQuery.putAll(opts.extraQuery());
        Routed routed = route(operation, allQuery);
        Encoded encoded = encodeBody(operation, body);
        Credentials credentials = Credentials.of(client, operation);
        routed.query.addAll(credentials.query());
        routed.cookies.addAll(credentials.cookies());

        Headers headers = new Headers();
        headers.set("Accept", operation.streams() ? "text/event-stream" : "application/json");
        headers.set("User-Agent", client.userAgent());
        client.headers().forEach(headers::set);
        credentials.headers().forEach(e -> headers.set(e.getKey(), e.getValue()));
        String tenantId = opts.tenantId() != null ? opts.tenantId() : client.tenantId();
        String tenantHeader = tenantHeader(client, operation);
        if (tenantHeader != null && tenantId != null && !tenantId.isEmpty()) {
            headers.set(tenantHeader, tenantId);
        }
        routed.headers.forEach(headers::set);
        if (!routed.cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            String existing = headers.get("Cookie");
            if (existing != null) {
                cookie.append(existing);
            }
            for (String[] pair : routed.cookies) {
                if (cookie.length() > 0) {
                    cookie.append("; ");
                }
                cookie.append(pair[0]).append('=').append(pair[1]);
            }
            headers.set("Cookie", cookie.toString());
        }
        opts.headers().forEach(headers::set);
        if (encoded.contentType != null) {
            headers.set("Content-Type", encoded.contentType);
        }
        int maxRetries = opts.maxRetries() != null ? opts.maxRetries() : client.maxRetries();
        if (opts.idempotencyKey() != null) {
            headers.set(Defaults.IDEMPOTENCY_HEADER, opts.idempotencyKey());
        } else if (Defaults.AUTO_IDEMPOTENCY_METHODS.contains(operation.method())
                && maxRetries > 0
                && !headers.has(Defaults.IDEMPOTENCY_HEADER)) {
            headers.set(Defaults.IDEMPOTENCY_HEADER, UUID.randomUUID().toString()); // once per call, kept on retries
        }
        boolean retryable = Defaults.IDEMPOTENT_METHODS.contains(operation.method())
                || headers.has(Defaults.IDEMPOTENCY_HEADER);

        // A token from the call's own Authorization header wins over fetching one.
        String tokenUrl = credentials.tokenUrl() == null || hasHeader(opts.headers(), "Authorization")
                ? null : credentials.tokenUrl();
        StringBuilder url = new StringBuilder(client.baseUrl(operation.host())).append(path);
        StringBuilder display = new StringBuilder(url);
        boolean redacted = false;
        for (int i = 0; i < routed.query.size(); i++) {
            String[] pair = routed.query.get(i);
            char separator = i == 0 ? '?' : '&';
            String name = percentEncode(pair[0]);
            String value = percentEncode(pair[1]);
            url.append(separator).append(name).append('=').append(value);
            boolean secret = credentials.secretQuery().contains(pair[0]);
            redacted |= secret;
            display.append(separator).append(name).append('=').append(secret ? Defaults.REDACTED : value);
        }
        URI uri;
        URI displayUri;
        try {
            // The display form first: the parser's message quotes the URL it refuses.
            displayUri = URI.create(display.toString());
            uri = redacted ? URI.create(url.toString()) : displayUri; // the same text: parse it once
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    operation.operationId() + ": the URL " + display + " is not valid: " + e.getMessage(), e);
        }
        Duration timeout = opts.timeout() != null ? opts.timeout() : client.timeout();
        return new PreparedRequest(
                operation,
                operation.method(),
                uri,
                displayUri,
                headers.entries(),
                credentials.secretHeaders(),
                tokenUrl,
                encoded.bytes,
                timeout,
                Math.max(0, maxRetries),
                retryable,
                credentials.signature());
    }

    /**
     * The request for a next-page URL the API gave: {@code prepared} (headers, credentials,
     * timeout) sent to {@code url} with that URL's own query, plus the API keys this client sends
     * in the query unless the URL has them. Only on the base URL's origin: elsewhere no credentials
     * go, and nothing is sent.
     *
     * @param client the client's options
     * @param prepared the first page's request
     * @param url the next page's absolute URL
     * @return the request for that page
     * @throws InvalidArgumentException for a URL on another origin, or one that is not valid
     */
    public static PreparedRequest follow(ClientOptions client, PreparedRequest prepared, String url) {
        Operation<?> operation = prepared.operation();
        Credentials credentials = Credentials.of(client, operation);
        Set<String> secret = credentials.secretQuery();
        String base = client.baseUrl(operation.host());
        if (!Paging.sameOrigin(url, base)) {
            throw new InvalidArgumentException(operation.operationId() + ": the next page is at " + redactQuery(url, secret)
                    + ", not on " + base + "; not following it with this client's credentials");
        }
        Set<String> given = new HashSet<>();
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                given.add(decodeName(pair));
            }
        }
        StringBuilder full = new StringBuilder(url);
        StringBuilder display = new StringBuilder(redactQuery(url, secret));
        char separator = question < 0 ? '?' : '&';
        for (String[] pair : credentials.query()) {
            if (given.contains(pair[0])) {
                continue;
            }
            String name = percentEncode(pair[0]);
            full.append(separator).append(name).append('=').append(percentEncode(pair[1]));
            display.append(separator).append(name).append('=')
                    .append(secret.contains(pair[0]) ? Defaults.REDACTED : percentEncode(pair[1]));
            separator = '&';
        }
        URI uri;
        URI displayUri;
        try {
            displayUri = URI.create(display.toString());
            uri = URI.create(full.toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    operation.operationId() + ": the next page URL " + display + " is not valid: " + e.getMessage(), e);
        }
        return new PreparedRequest(operation, prepared.method(), uri, displayUri, prepared.headers(),
                prepared.secretHeaders(), prepared.tokenUrl(), prepared.body(), prepared.timeout(),
                prepared.maxRetries(), prepared.retryable(), prepared.signature());
    }

    /**
     * {@code url} with the values of the {@code secret} query parameters replaced by a placeholder.
     *
     * @param url a URL
     * @param secret names of query parameters not to show
     * @return the URL as it may be shown
     */
    public static String redactQuery(String url, Set<String> secret) {
        int question = url.indexOf('?');
        if (question < 0 || secret.isEmpty()) {
            return url;
        }
        StringBuilder shown = new StringBuilder(url.substring(0, question + 1));
        String[] pairs = url.substring(question + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0) {
                shown.append('&');
            }
            int equals = pairs[i].indexOf('=');
            String name = equals < 0 ? pairs[i] : pairs[i].substring(0, equals);
            shown.append(secret.contains(decodeName(pairs[i])) ? name + "=" + Defaults.REDACTED : pairs[i]);
        }
        return shown.toString();
    }

    private static String decodeName(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static boolean hasHeader(Map<String, String> headers, String name) {
        for (String key : headers.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fills the path template, percent-encoding each value on its own ({@code /} becomes {@code
     * %2F}). A missing, null or empty value is refused: it would silently change the route.
     *
     * @param operation the operation
     * @param pathParams the values by wire name, or null
     * @return the path
     */
    public static String renderPath(Operation<?> operation, Map<String, ?> pathParams) {
        List<String> parts = operation.pathParts();
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder out = new StringBuilder(operation.path().length() + 32);
        out.append(parts.get(0));
        for (int i = 1; i < parts.size(); i += 2) {
            String name = parts.get(i);
            Object value = pathParams == null ? null : pathParams.get(name);
            JsonNode node = tree(value);
            Operation.Param param = operation.param(name);
            String text = isAbsent(node) ? "" : pathValue(name, node, param);
            if (text.isEmpty()) {
                String got = value == null ? "nothing" : "'" + value + "'";
                throw new InvalidArgumentException(operation.operationId() + ": path parameter '" + name
                        + "' is required and must not be empty (got " + got + ")");
            }
            out.append(text).append(parts.get(i + 1));
        }
        return out.toString();
    }

    /** The query, header and cookie parameters of one call, by where they go. */
    static final class Routed {
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String[]> cookies = new ArrayList<>();
    }

    /**
     * Splits parameters by each one's location; unknown names are query parameters.
     *
     * @param operation the operation
     * @param params the parameters by wire name
     * @return where each goes
     */
    static Routed route(Operation<?> operation, Map<String, ?> params) {
        Routed routed = new Routed();
        for (Map.Entry<String, ?> entry : params.entrySet()) {
            String name = entry.getKey();
            JsonNode node = tree(entry.getValue());
            if (isAbsent(node)) {
                continue;
            }
            Operation.Param param = operation.param(name);
            Operation.Location location = param == null ? Operation.Location.QUERY : param.location();
            switch (location) {
                case HEADER:
                    routed.headers.put(name, simple(node, param.explode(), s -> s));
                    break;
                case COOKIE:
                    routed.cookies.add(new String[] {name, simple(node, false, Requests::percentEncode)});
                    break;
                default:
                    routed.query.addAll(queryPairs(name, node, param));
                    break;
            }
        }
        return routed;
    }

    /**
     * The query pairs of one parameter, per its style and explode flag.
     *
     * @param name the wire name
     * @param node the value as JSON
     * @param param the parameter, or null for an undeclared one (form, exploded)
     * @return the pairs
     */
    static List<String[]> queryPairs(String name, JsonNode node, Operation.Param param) {
        List<String[]> pairs = new ArrayList<>();
        if (isAbsent(node)) {
            return pairs;
        }
        String style = param == null ? "form" : param.style();
        boolean explode = param == null || param.explode();
        if ("deepObject".equals(style) && node.isObject()) {
            deepPairs(name, node, pairs);
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (!isAbsent(item)) {
                    items.add(stringify(item));
                }
            }
            if (explode) {
                items.forEach(item -> pairs.add(new String[] {name, item}));
            } else {
                String separator = "pipeDelimited".equals(style) ? "|" : "spaceDelimited".equals(style) ? " " : ",";
                pairs.add(new String[] {name, String.join(separator, items)});
            }
        } else if (node.isObject()) {
            List<String[]> entries = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!isAbsent(field.getValue())) {
                    entries.add(new String[] {field.getKey(), stringify(field.getValue())});
                }
            }
            if (explode) {
                pairs.addAll(entries);
            } else {
                List<String> flat = new ArrayList<>();
                entries.forEach(e -> {
                    flat.add(e[0]);
                    flat.add(e[1]);
                });
                pairs.add(new String[] {name, String.join(",", flat)});
            }
        } else {
            pairs.add(new String[] {name, stringify(node)});
        }
        return pairs;
    }

    private static void deepPairs(String prefix, JsonNode node, List<String[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!isAbsent(field.getValue())) {
                    deepPairs(prefix + "[" + field.getKey() + "]", field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                deepPairs(prefix, item, out);
            }
        } else {
            out.add(new String[] {prefix, stringify(node)});
        }
    }

    /**
     * One path value in its parameter's OpenAPI style: {@code simple} ({@code blue,black}), {@code label}
     * ({@code .blue.black}) or {@code matrix} ({@code ;color=blue;color=black}), exploded or not, each name,
     * key and value percent-encoded on its own; empty when there is nothing to send.
     */
    private static String pathValue(String name, JsonNode node, Operation.Param param) {
        String style = param == null ? "simple" : param.style();
        boolean explode = param != null && param.explode();
        boolean empty = node.isContainerNode() ? node.size() == 0 : stringify(node).isEmpty();
        if (!(style.equals("label") || style.equals("matrix")) || empty) {
            return simple(node, explode, Requests::encodeSegment);
        }
        boolean label = style.equals("label");
        String named = ";" + encodeSegment(name) + "=";
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> parts.add(encodeSegment(stringify(item))));
            if (explode) {
                // label: .blue.black   matrix: ;color=blue;color=black
                String lead = label ? "." : named;
                return lead + String.join(lead, parts);
            }
        } else if (node.isObject()) {
            String lead = label ? "." : ";";
            node.fields().forEachRemaining(f -> {
                String key = encodeSegment(f.getKey());
                String value = encodeSegment(stringify(f.getValue()));
                // exploded: .R=100.G=200 or ;R=100;G=200; not: R,100,G,200
                parts.add(explode ? lead + key + "=" + value : key + "," + value);
            });
            if (explode) {
                return String.join("", parts);
            }
        } else {
            parts.add(encodeSegment(stringify(node)));
        }
        return (label ? "." : named) + String.join(",", parts);
    }

    /** OpenAPI {@code simple} style (path and header parameters). */
    private static String simple(JsonNode node, boolean explode, java.util.function.UnaryOperator<String> quote) {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(quote.apply(stringify(item))));
            return String.join(",", items);
        }
        if (node.isObject()) {
            List<String> items = new ArrayList<>();
            String separator = explode ? "=" : ",";
            node.fields().forEachRemaining(f -> items.add(quote.apply(f.getKey()) + separator + quote.apply(stringify(f.getValue()))));
            return String.join(",", items);
        }
        return quote.apply(stringify(node));
    }

    /**
     * Any value as JSON: models with wire names, enums by value, dates as ISO 8601.
     *
     * @param value the value (an {@code Optional} is unwrapped)
     * @return the tree
     */
    static JsonNode tree(Object value) {
        Object plain = value instanceof Optional<?> ? ((Optional<?>) value).orElse(null) : value;
        // The usual parameter values, as the nodes Jackson makes of them, without its serializer.
        if (plain == null) {
            return NullNode.getInstance();
        }
        if (plain instanceof String) {
            return TextNode.valueOf((String) plain);
        }
        if (plain instanceof Long) {
            return LongNode.valueOf((Long) plain);
        }
        if (plain instanceof Integer) {
            return IntNode.valueOf((Integer) plain);
        }
        if (plain instanceof Boolean) {
            return BooleanNode.valueOf((Boolean) plain);
        }
        try {
            return Json.toTree(plain);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("cannot send a " + plain.getClass().getName() + " as a parameter: " + e.getMessage(), e);
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * One scalar as it goes into a URL or header: booleans {@code true}/{@code false}, numbers as
     * written, text as is; arrays and objects as compact JSON.
     *
     * @param node the value
     * @return the text
     */
    public static String stringify(JsonNode node) {
        if (isAbsent(node)) {
            return "";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return node.toString();
    }

    /**
     * Percent-encodes everything but the unreserved characters of RFC 3986.
     *
     * @param text the text
     * @return the encoded text
     */
    public static String percentEncode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static String encodeSegment(String text) {
        if (text.equals(".") || text.equals("..")) {
            return text.replace(".", "%2E");
        }
        return percentEncode(text);
    }

    /** A body as bytes, and its Content-Type. */
    static final class Encoded {
        private final byte[] bytes;
        private final String contentType;

        Encoded(byte[] bytes, String contentType) {
            this.bytes = bytes;
            this.contentType = contentType;
        }

        public byte[] bytes() {
            return bytes;
        }

        public String contentType() {
            return contentType;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Encoded)) {
                return false;
            }
            Encoded that = (Encoded) other;
            return Objects.equals(bytes, that.bytes)
                    && Objects.equals(contentType, that.contentType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bytes, contentType);
        }

        @Override
        public String toString() {
            return "Encoded[bytes=" + bytes + ", contentType=" + contentType + "]";
        }
    }

    /**
     * The body as bytes and its Content-Type, per the operation's media type. JSON (the default)
     * takes any value Jackson writes; form-urlencoded and multipart take a map or model; any other
     * media type takes bytes, text, an {@code InputStream} or a {@code Path}.
     *
     * @param operation the operation
     * @param body the body, or null
     * @return the encoded body (null bytes when there is none)
     */
    static Encoded encodeBody(Operation<?> operation, Object body) {
        String where = operation.operationId();
        if (body == null || body instanceof Optional<?> && ((Optional<?>) body).isEmpty()) {
            if (operation.bodyRequired()) {
                throw new InvalidArgumentException(where + ": a request body is required");
            }
            return new Encoded(null, null);
        }
        Object value = body instanceof Optional<?> ? ((Optional<?>) body).get() : body;
        String contentType = operation.requestContentType();
        if (contentType == null && value instanceof Map<?, ?> && ((Map<?, ?>) value).isEmpty()) {
            return new Encoded(null, null); // an empty map is no body at all
        }
        if (contentType == null) {
            throw new InvalidArgumentException(where + ": this operation takes no request body (got a "
                    + value.getClass().getName() + ")");
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (media.equals("application/json") || media.endsWith("+json")) {
            if (value instanceof byte[]) {
                return new Encoded(((byte[]) value).clone(), contentType);
            }
            try {
                return new Encoded(Json.mapper().writeValueAsBytes(value), contentType);
            } catch (JsonProcessingException e) {
                throw new InvalidArgumentException(where + ": the body cannot be sent as JSON: " + e.getOriginalMessage(), e);
            }
        }
        if (media.equals("application/x-www-form-urlencoded")) {
            JsonNode node = tree(value);
            if (!node.isObject()) {
                throw new InvalidArgumentException(where + ": a form body must be a map or a model");
            }
            StringBuilder out = new StringBuilder();
            node.fields().forEachRemaining(field -> {
                for (String[] pair : queryPairs(field.getKey(), field.getValue(), null)) {
                    if (out.length() > 0) {
                        out.append('&');
                    }
                    out.append(percentEncode(pair[0])).append('=').append(percentEncode(pair[1]));
                }
            });
            return new Encoded(out.toString().getBytes(StandardCharsets.US_ASCII), contentType);
        }
        if (media.equals("multipart/form-data")) {
            return multipart(where, value);
        }
        return new Encoded(bytesOf(where, contentType, value), contentType);
    }

    private static byte[] bytesOf(String where, String contentType, Object value) {
        if (value instanceof byte[]) {
            return ((byte[]) value).clone();
        }
        if (value instanceof String) {
            return ((String) value).getBytes(StandardCharsets.UTF_8);
        }
        if (value instanceof FilePart) {
            return ((FilePart) value).content().clone();
        }
        try {
            if (value instanceof InputStream) {
                return ((InputStream) value).readAllBytes();
            }
            if (value instanceof Path) {
                return Files.readAllBytes((Path) value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(where + ": cannot read the body: " + e.getMessage(), e);
        }
        throw new InvalidArgumentException(where + ": a " + contentType
                + " body must be a byte[], String, InputStream, Path or FilePart, not " + value.getClass().getName());
    }

    private static Encoded multipart(String where, Object body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (body instanceof Map<?, ?>) {
            ((Map<?, ?>) body).forEach((k, v) -> fields.put(String.valueOf(k), v));
        } else {
            JsonNode node = tree(body);
            if (!node.isObject()) {
                throw new InvalidArgumentException(where + ": a multipart body must be a map or a model");
            }
            node.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue()));
        }
        String boundary = Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(ThreadLocalRandom.current().nextLong());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            Collection<?> items = value instanceof Collection<?> ? (Collection<?>) value : java.util.Collections.singletonList(value);
            for (Object item : items) {
                if (item == null || item instanceof JsonNode && isAbsent((JsonNode) item)) {
                    continue;
                }
                String disposition = "Content-Disposition: form-data; name=\"" + headerQuote(field.getKey()) + "\"";
                write(out, "--" + boundary + "\r\n");
                if (item instanceof FilePart || item instanceof byte[] || item instanceof Path || item instanceof InputStream) {
                    String filename = item instanceof FilePart ? ((FilePart) item).filename()
                            : item instanceof Path ? String.valueOf(((Path) item).getFileName()) : field.getKey();
                    String partType = item instanceof FilePart ? ((FilePart) item).contentType() : "application/octet-stream";
                    write(out, disposition + "; filename=\"" + headerQuote(filename) + "\"\r\nContent-Type: " + partType + "\r\n\r\n");
                    out.writeBytes(bytesOf(where, "multipart/form-data", item));
                } else {
                    JsonNode node = item instanceof JsonNode ? (JsonNode) item : tree(item);
                    write(out, disposition + "\r\n\r\n" + stringify(node));
                }
                write(out, "\r\n");
            }
        }
        write(out, "--" + boundary + "--\r\n");
        return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String headerQuote(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
