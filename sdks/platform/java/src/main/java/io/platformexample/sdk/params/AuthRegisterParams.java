package io.platformexample.sdk.params;

import io.platformexample.sdk.models.RegisterRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthRegisterParams {
    private final Map<String, Object> query;
    private final RegisterRequest body;

    private AuthRegisterParams(Map<String, Object> query, RegisterRequest body) {
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
    public RegisterRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthRegisterParams)) {
            return false;
        }
        AuthRegisterParams that = (AuthRegisterParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthRegisterParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthRegisterParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private RegisterRequest body;
        private RegisterRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(RegisterRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private RegisterRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? RegisterRequest.builder() : body.toBuilder();
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
         * The name shown to other members.
         *
         * Sets the body field {@code displayName} (required).
         *
         * @param displayName the value
         * @return this builder
         */
        public Builder displayName(String displayName) {
            fields().displayName(displayName);
            return this;
        }

        /**
         * An invitation's token; the new account joins that tenant too.
         *
         * Sets the body field {@code invitationToken}.
         *
         * @param invitationToken the value
         * @return this builder
         */
        public Builder invitationToken(String invitationToken) {
            fields().invitationToken(invitationToken);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthRegisterParams build() {
            RegisterRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = RegisterRequest.builder().build();
            }
            return new AuthRegisterParams(new LinkedHashMap<>(query), built);
        }
    }
}
