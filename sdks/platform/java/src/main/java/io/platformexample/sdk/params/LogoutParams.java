package io.platformexample.sdk.params;

import io.platformexample.sdk.core.CallParams;
import io.platformexample.sdk.models.LogoutRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class LogoutParams implements CallParams {
    private final LogoutRequest body;

    private LogoutParams(Builder builder) {
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
     * @return the body, or null
     */
    @Override
    public LogoutRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof LogoutParams)) {
            return false;
        }
        LogoutParams that = (LogoutParams) other;
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
        return "LogoutParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link LogoutParams}. */
    public static final class Builder {
        private LogoutRequest body;

        private Builder() {}

        /**
         * Sets the request body.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(LogoutRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         */
        public LogoutParams build() {
            return new LogoutParams(this);
        }
    }
}
