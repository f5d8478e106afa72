package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.SlackCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class ReceiveSlackCommandParams implements CallParams {
    private final Long xSlackRequestTimestamp;
    private final SlackCommand body;

    private ReceiveSlackCommandParams(Builder builder) {
        this.xSlackRequestTimestamp = builder.xSlackRequestTimestamp;
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

    /**
     * When Slack sent the request, in Unix seconds; part of what the signature covers.
     *
     * @return the header parameter <code>X-Slack-Request-Timestamp</code> (required)
     */
    public Long xSlackRequestTimestamp() {
        return xSlackRequestTimestamp;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (xSlackRequestTimestamp != null) {
            values.put("X-Slack-Request-Timestamp", xSlackRequestTimestamp);
        }
        return values;
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public SlackCommand body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReceiveSlackCommandParams)) {
            return false;
        }
        ReceiveSlackCommandParams that = (ReceiveSlackCommandParams) other;
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
        return "ReceiveSlackCommandParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link ReceiveSlackCommandParams}. */
    public static final class Builder {
        private Long xSlackRequestTimestamp;
        private SlackCommand body;

        private Builder() {}

        /**
         * Sets the header parameter <code>X-Slack-Request-Timestamp</code> (required).
         *
         * @param xSlackRequestTimestamp the value
         * @return this builder
         */
        public Builder xSlackRequestTimestamp(Long xSlackRequestTimestamp) {
            this.xSlackRequestTimestamp = xSlackRequestTimestamp;
            return this;
        }

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(SlackCommand body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public ReceiveSlackCommandParams build() {
            Checks.required(xSlackRequestTimestamp, "ReceiveSlackCommandParams.xSlackRequestTimestamp");
            Checks.required(body, "ReceiveSlackCommandParams.body");
            return new ReceiveSlackCommandParams(this);
        }
    }
}
