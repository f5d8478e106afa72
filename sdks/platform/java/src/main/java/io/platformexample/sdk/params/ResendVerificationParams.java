package io.platformexample.sdk.params;

import io.platformexample.sdk.core.CallParams;
import io.platformexample.sdk.core.Checks;
import io.platformexample.sdk.models.EmailRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class ResendVerificationParams implements CallParams {
    private final EmailRequest body;

    private ResendVerificationParams(Builder builder) {
        this.body = builder.body;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public EmailRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ResendVerificationParams)) {
            return false;
        }
        ResendVerificationParams that = (ResendVerificationParams) other;
        return pathParams().equals(that.pathParams())
                && queryParams().equals(that.queryParams())
                && Objects.deepEquals(body(), that.body());
    }

    @Override
    public int hashCode() {
        return Objects.hash(pathParams(), queryParams());
    }

    @Override
    public String toString() {
        return "ResendVerificationParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link ResendVerificationParams}. */
    public static final class Builder {
        private EmailRequest body;

        private Builder() {}

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(EmailRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public ResendVerificationParams build() {
            Checks.required(body, "ResendVerificationParams.body");
            return new ResendVerificationParams(this);
        }
    }
}
