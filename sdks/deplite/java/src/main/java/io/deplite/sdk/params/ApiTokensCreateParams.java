package io.deplite.sdk.params;

import io.deplite.sdk.models.ApiTokenCreate;
import io.deplite.sdk.models.TokenScope;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class ApiTokensCreateParams {
    private final Map<String, Object> query;
    private final ApiTokenCreate body;

    private ApiTokensCreateParams(Map<String, Object> query, ApiTokenCreate body) {
        this.query = query;
        this.body = body;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query, header and cookie parameters that are set, by wire name.
     *
     * @return a new map
     */
    public Map<String, Object> queryParams() {
        return new LinkedHashMap<>(query);
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    public ApiTokenCreate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ApiTokensCreateParams)) {
            return false;
        }
        ApiTokensCreateParams that = (ApiTokensCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "ApiTokensCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link ApiTokensCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private ApiTokenCreate body;
        private ApiTokenCreate.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(ApiTokenCreate body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private ApiTokenCreate.Builder fields() {
            if (fields == null) {
                fields = body == null ? ApiTokenCreate.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code name} (required).
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            fields().name(name);
            return this;
        }

        /**
         * Sets the body field {@code scopeType}.
         *
         * @param scopeType the value
         * @return this builder
         */
        public Builder scopeType(TokenScope scopeType) {
            fields().scopeType(scopeType);
            return this;
        }

        /**
         * With <code>scopeType</code> <code>trigger</code>, the triggers it may run (at least
         * one).
         *
         * Sets the body field {@code triggerIds}.
         *
         * @param triggerIds the value
         * @return this builder
         */
        public Builder triggerIds(List<String> triggerIds) {
            fields().triggerIds(triggerIds);
            return this;
        }

        /**
         * Sets the body field {@code rateLimitPerMinute}.
         *
         * @param rateLimitPerMinute the value
         * @return this builder
         */
        public Builder rateLimitPerMinute(Long rateLimitPerMinute) {
            fields().rateLimitPerMinute(rateLimitPerMinute);
            return this;
        }

        /**
         * Sets the body field {@code rateLimitPerMinute}.
         *
         * @param rateLimitPerMinute the value
         * @return this builder
         */
        public Builder rateLimitPerMinute(long rateLimitPerMinute) {
            return rateLimitPerMinute(Long.valueOf(rateLimitPerMinute));
        }

        /**
         * Sets the body field {@code rateLimitPerHour}.
         *
         * @param rateLimitPerHour the value
         * @return this builder
         */
        public Builder rateLimitPerHour(Long rateLimitPerHour) {
            fields().rateLimitPerHour(rateLimitPerHour);
            return this;
        }

        /**
         * Sets the body field {@code rateLimitPerHour}.
         *
         * @param rateLimitPerHour the value
         * @return this builder
         */
        public Builder rateLimitPerHour(long rateLimitPerHour) {
            return rateLimitPerHour(Long.valueOf(rateLimitPerHour));
        }

        /**
         * Sets the body field {@code expiresAt}.
         *
         * @param expiresAt the value
         * @return this builder
         */
        public Builder expiresAt(OffsetDateTime expiresAt) {
            fields().expiresAt(expiresAt);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public ApiTokensCreateParams build() {
            ApiTokenCreate built = fields != null ? fields.build() : body;
            if (built == null) {
                built = ApiTokenCreate.builder().build();
            }
            return new ApiTokensCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
