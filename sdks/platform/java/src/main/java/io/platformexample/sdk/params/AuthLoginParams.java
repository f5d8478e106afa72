package io.platformexample.sdk.params;

import io.platformexample.sdk.models.LoginRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthLoginParams {
    private final Map<String, Object> query;
    private final LoginRequest body;

    private AuthLoginParams(Map<String, Object> query, LoginRequest body) {
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
    public LoginRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthLoginParams)) {
            return false;
        }
        AuthLoginParams that = (AuthLoginParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthLoginParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthLoginParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private LoginRequest body;
        private LoginRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(LoginRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private LoginRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? LoginRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code email} (required).
         *
         * @param email the value
         * @return this builder
         */
        public Builder email(String email) {
            fields().email(email);
            return this;
        }

        /**
         * The account's password.
         *
         * Sets the body field {@code password} (required).
         *
         * @param password the value
         * @return this builder
         */
        public Builder password(String password) {
            fields().password(password);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthLoginParams build() {
            LoginRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = LoginRequest.builder().build();
            }
            return new AuthLoginParams(new LinkedHashMap<>(query), built);
        }
    }
}
