package io.platformexample.sdk.params;

import io.platformexample.sdk.models.PasswordResetRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthResetPasswordParams {
    private final Map<String, Object> query;
    private final PasswordResetRequest body;

    private AuthResetPasswordParams(Map<String, Object> query, PasswordResetRequest body) {
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
    public PasswordResetRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthResetPasswordParams)) {
            return false;
        }
        AuthResetPasswordParams that = (AuthResetPasswordParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthResetPasswordParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthResetPasswordParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private PasswordResetRequest body;
        private PasswordResetRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(PasswordResetRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private PasswordResetRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? PasswordResetRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The token of the reset email.
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
         * Sets the body field {@code newPassword} (required).
         *
         * @param newPassword the value
         * @return this builder
         */
        public Builder newPassword(String newPassword) {
            fields().newPassword(newPassword);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthResetPasswordParams build() {
            PasswordResetRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = PasswordResetRequest.builder().build();
            }
            return new AuthResetPasswordParams(new LinkedHashMap<>(query), built);
        }
    }
}
