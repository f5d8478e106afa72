package io.platformexample.sdk.params;

import io.platformexample.sdk.models.TokenRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthVerifyEmailParams {
    private final Map<String, Object> query;
    private final TokenRequest body;

    private AuthVerifyEmailParams(Map<String, Object> query, TokenRequest body) {
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
    public TokenRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthVerifyEmailParams)) {
            return false;
        }
        AuthVerifyEmailParams that = (AuthVerifyEmailParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthVerifyEmailParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthVerifyEmailParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private TokenRequest body;
        private TokenRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(TokenRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private TokenRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? TokenRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The token an email carried.
         *
         * Sets the body field {@code token} (required).
         *
         * @param token the value
         * @return this builder
         */
        public Builder token(String token) {
            fields().token(token);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthVerifyEmailParams build() {
            TokenRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = TokenRequest.builder().build();
            }
            return new AuthVerifyEmailParams(new LinkedHashMap<>(query), built);
        }
    }
}
