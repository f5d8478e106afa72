package io.platformexample.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public: overrides for one call; anything not set falls back to the client's settings.
 *
 * <ul>
 *   <li>{@code timeout}: the request timeout of each attempt.
 *   <li>{@code maxRetries}: retries after the first attempt (0 turns retries off).
 *   <li>{@code headers}: extra headers, over the client's.
 *   <li>{@code idempotencyKey}: sent as {@code Idempotency-Key} (and makes the call retryable); by
 *       default the client generates one for every POST while retries are on.
 *   <li>{@code extraQuery}: extra query parameters, over the call's query.
 * </ul>
 */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final Integer maxRetries;
    private final Map<String, String> headers;
    private final String idempotencyKey;
    private final Map<String, Object> extraQuery;
    private final String tenantId;

    private RequestOptions(Builder builder) {
        this.timeout = builder.timeout;
        this.maxRetries = builder.maxRetries;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.idempotencyKey = builder.idempotencyKey;
        this.extraQuery = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraQuery));
        this.tenantId = builder.tenantId;
    }

    /**
     * No overrides.
     *
     * @return the empty options
     */
    public static RequestOptions none() {
        return NONE;
    }

    /**
     * Starts building options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The request timeout of each attempt.
     *
     * @return the timeout, or null to use the client's
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Retries after the first attempt.
     *
     * @return the count, or null to use the client's
     */
    public Integer maxRetries() {
        return maxRetries;
    }

    /**
     * Extra headers.
     *
     * @return the headers
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The {@code Idempotency-Key} to send.
     *
     * @return the key, or null to let the client decide
     */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /**
     * Extra query parameters.
     *
     * @return the parameters
     */
    public Map<String, Object> extraQuery() {
        return extraQuery;
    }

    /**
     * The tenant id of this call, instead of the client's.
     *
     * @return the id (empty: send none), or null for the client's
     */
    public String tenantId() {
        return tenantId;
    }

    /**
     * A copy with one more header (a resumed stream's last event id).
     *
     * @param name the header
     * @param value its value
     * @return the copy
     */
    RequestOptions withHeader(String name, String value) {
        Builder copy = builder();
        copy.timeout = timeout;
        copy.maxRetries = maxRetries;
        copy.headers.putAll(headers);
        copy.headers.put(name, value);
        copy.idempotencyKey = idempotencyKey;
        copy.extraQuery.putAll(extraQuery);
        copy.tenantId = tenantId;
        return copy.build();
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private Integer maxRetries;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String idempotencyKey;
        private final Map<String, Object> extraQuery = new LinkedHashMap<>();
        private String tenantId;

        private Builder() {}

        /**
         * Sends this tenant id instead of the client's, where the client would send its own (an
         * operation's own tenant header parameter still wins).
         *
         * @param tenantId the id; empty sends none
         * @return this builder
         */
        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /**
         * Sets the request timeout of each attempt.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets the retries after the first attempt.
         *
         * @param maxRetries the count, at least 0
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Adds a header.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * Sets the {@code Idempotency-Key}.
         *
         * @param key the key
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        /**
         * Adds a query parameter.
         *
         * @param name the wire name
         * @param value the value
         * @return this builder
         */
        public Builder extraQuery(String name, Object value) {
            extraQuery.put(name, value);
            return this;
        }

        /**
         * The options.
         *
         * @return new options
         */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
