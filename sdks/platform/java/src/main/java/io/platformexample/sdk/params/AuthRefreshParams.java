package io.platformexample.sdk.params;

import io.platformexample.sdk.models.RefreshRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthRefreshParams {
    private final Map<String, Object> query;
    private final RefreshRequest body;

    private AuthRefreshParams(Map<String, Object> query, RefreshRequest body) {
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
    public RefreshRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthRefreshParams)) {
            return false;
        }
        AuthRefreshParams that = (AuthRefreshParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthRefreshParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthRefreshParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private RefreshRequest body;
        private RefreshRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(RefreshRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private RefreshRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? RefreshRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The refresh token of the session.
         *
         * Sets the body field {@code refreshToken} (required).
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
        public AuthRefreshParams build() {
            RefreshRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = RefreshRequest.builder().build();
            }
            return new AuthRefreshParams(new LinkedHashMap<>(query), built);
        }
    }
}
