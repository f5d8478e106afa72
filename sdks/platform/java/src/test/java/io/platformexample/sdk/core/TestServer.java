package io.platformexample.sdk.core;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A local HTTP server that answers from a script and records every request. */
public final class TestServer implements AutoCloseable {
    /** One request as the server saw it. */
    public static final class Recorded {
        private final String method;
        private final String path;
        private final String rawQuery;
        private final Map<String, List<String>> headers;
        private final byte[] body;

        /**
         * Creates one.
         *
         * @param method the method
         * @param path the path
         * @param rawQuery the rawQuery
         * @param headers the headers
         * @param body the body
         */
        public Recorded(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
            this.method = method;
            this.path = path;
            this.rawQuery = rawQuery;
            this.headers = headers;
            this.body = body;
        }

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            if (rawQuery == null || rawQuery.isEmpty()) {
                return query;
            }
            for (String pair : rawQuery.split("&")) {
                String[] parts = pair.split("=", 2);
                String key = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                String value = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
                query.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            return query;
        }

        public String query(String name) {
            List<String> values = query().get(name);
            return values == null ? null : values.get(0);
        }

        /**
         * Returns the method.
         *
         * @return the method
         */
        public String method() {
            return method;
        }

        /**
         * Returns the path.
         *
         * @return the path
         */
        public String path() {
            return path;
        }

        /**
         * Returns the rawQuery.
         *
         * @return the rawQuery
         */
        public String rawQuery() {
            return rawQuery;
        }

        /**
         * Returns the headers.
         *
         * @return the headers
         */
        public Map<String, List<String>> headers() {
            return headers;
        }

        /**
         * Returns the body.
         *
         * @return the body
         */
        public byte[] body() {
            return body;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Recorded)) {
                return false;
            }
            Recorded that = (Recorded) other;
            return Objects.equals(method, that.method)
                    && Objects.equals(path, that.path)
                    && Objects.equals(rawQuery, that.rawQuery)
                    && Objects.equals(headers, that.headers)
                    && Objects.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return Objects.hash(method, path, rawQuery, headers, body);
        }

        @Override
        public String toString() {
            return "Recorded[method=" + method + ", path=" + path + ", rawQuery=" + rawQuery + ", headers=" + headers + ", body=" + body + "]";
        }
    }

    /** One scripted answer. */
    public static final class Reply {
        private final int status;
        private final Map<String, String> headers;
        private final byte[] body;
        private final long delayMillis;

        /**
         * Creates one.
         *
         * @param status the status
         * @param headers the headers
         * @param body the body
         * @param delayMillis the delayMillis
         */
        public Reply(int status, Map<String, String> headers, byte[] body, long delayMillis) {
            this.status = status;
            this.headers = headers;
            this.body = body;
            this.delayMillis = delayMillis;
        }

        public static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), 0);
        }

        public static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0], 0);
        }

        public static Reply text(int status, String contentType, String text) {
            return new Reply(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8), 0);
        }

        public Reply header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Reply(status, copy, body, delayMillis);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }

        /**
         * Returns the status.
         *
         * @return the status
         */
        public int status() {
            return status;
        }

        /**
         * Returns the headers.
         *
         * @return the headers
         */
        public Map<String, String> headers() {
            return headers;
        }

        /**
         * Returns the body.
         *
         * @return the body
         */
        public byte[] body() {
            return body;
        }

        /**
         * Returns the delayMillis.
         *
         * @return the delayMillis
         */
        public long delayMillis() {
            return delayMillis;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Reply)) {
                return false;
            }
            Reply that = (Reply) other;
            return Objects.equals(status, that.status)
                    && Objects.equals(headers, that.headers)
                    && Objects.equals(body, that.body)
                    && Objects.equals(delayMillis, that.delayMillis);
        }

        @Override
        public int hashCode() {
            return Objects.hash(status, headers, body, delayMillis);
        }

        @Override
        public String toString() {
            return "Reply[status=" + status + ", headers=" + headers + ", body=" + body + ", delayMillis=" + delayMillis + "]";
        }
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Recorded, Reply> handler;

    public TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Answers the next requests with these replies, in order.
     *
     * @param replies the replies
     * @return this server
     */
    public TestServer enqueue(Reply... replies) {
        synchronized (script) {
            Collections.addAll(script, replies);
        }
        return this;
    }

    /**
     * Answers every request not scripted with {@link #enqueue} by this function.
     *
     * @param handler the function
     * @return this server
     */
    public TestServer handler(Function<Recorded, Reply> handler) {
        this.handler = handler;
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public Recorded last() {
        List<Recorded> all = requests();
        return all.get(all.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            Recorded recorded = new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    headers,
                    exchange.getRequestBody().readAllBytes());
            requests.add(recorded);
            Reply reply;
            synchronized (script) {
                reply = script.poll();
            }
            if (reply == null) {
                Function<Recorded, Reply> fallback = handler;
                reply = fallback != null ? fallback.apply(recorded) : Reply.json(599, "{\"code\":\"unscripted\"}");
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            boolean noBody = reply.body().length == 0;
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (e.g. a timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
