package io.platformexample.sdk.params;

import io.platformexample.sdk.models.LogoutRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthLogoutParams {
    private final Map<String, Object> query;
    private final LogoutRequest body;

    private AuthLogoutParams(Map<String, Object> query, LogoutRequest body) {
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
     * @return the body, or null
     */
    public LogoutRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthLogoutParams)) {
            return false;
        }
        AuthLogoutParams that = (AuthLogoutParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthLogoutParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthLogoutParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private LogoutRequest body;
        private LogoutRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(LogoutRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private LogoutRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? LogoutRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * A refresh token to revoke too.
         *
         * Sets the body field {@code refreshToken}.
         *
         * @param refreshToken the value
         * @return this builder
         */
        public Builder refreshToken(String refreshToken) {
            fields().refreshToken(refreshToken);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthLogoutParams build() {
            LogoutRequest built = fields != null ? fields.build() : body;
            return new AuthLogoutParams(new LinkedHashMap<>(query), built);
        }
    }
}
