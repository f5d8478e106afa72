package io.platformexample.sdk.params;

import io.platformexample.sdk.models.EmailRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AuthRequestPasswordResetParams {
    private final Map<String, Object> query;
    private final EmailRequest body;

    private AuthRequestPasswordResetParams(Map<String, Object> query, EmailRequest body) {
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
    public EmailRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AuthRequestPasswordResetParams)) {
            return false;
        }
        AuthRequestPasswordResetParams that = (AuthRequestPasswordResetParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AuthRequestPasswordResetParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AuthRequestPasswordResetParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private EmailRequest body;
        private EmailRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(EmailRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private EmailRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? EmailRequest.builder() : body.toBuilder();
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
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AuthRequestPasswordResetParams build() {
            EmailRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = EmailRequest.builder().build();
            }
            return new AuthRequestPasswordResetParams(new LinkedHashMap<>(query), built);
        }
    }
}
