package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SlackOauthCallbackParams implements CallParams {
    private final String code;
    private final String state;

    private SlackOauthCallbackParams(Builder builder) {
        this.code = builder.code;
        this.state = builder.state;
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
     * The authorisation code Slack issued.
     *
     * @return the query parameter <code>code</code> (required)
     */
    public String code() {
        return code;
    }

    /**
     * The state of the install link.
     *
     * @return the query parameter <code>state</code> (required)
     */
    public String state() {
        return state;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (code != null) {
            values.put("code", code);
        }
        if (state != null) {
            values.put("state", state);
        }
        return values;
    }

    /**
     * The request body: none for this operation.
     *
     * @return null
     */
    @Override
    public Object body() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SlackOauthCallbackParams)) {
            return false;
        }
        SlackOauthCallbackParams that = (SlackOauthCallbackParams) other;
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
        return "SlackOauthCallbackParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link SlackOauthCallbackParams}. */
    public static final class Builder {
        private String code;
        private String state;

        private Builder() {}

        /**
         * Sets the query parameter <code>code</code> (required).
         *
         * @param code the value
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * Sets the query parameter <code>state</code> (required).
         *
         * @param state the value
         * @return this builder
         */
        public Builder state(String state) {
            this.state = state;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public SlackOauthCallbackParams build() {
            Checks.required(code, "SlackOauthCallbackParams.code");
            Checks.required(state, "SlackOauthCallbackParams.state");
            return new SlackOauthCallbackParams(this);
        }
    }
}
