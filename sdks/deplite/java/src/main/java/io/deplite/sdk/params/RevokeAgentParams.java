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
public final class RevokeAgentParams implements CallParams {
    private final String agentId;

    private RevokeAgentParams(Builder builder) {
        this.agentId = builder.agentId;
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
     * The agent's id (for example <code>ag-abc1234</code>).
     *
     * @return the path parameter <code>agentId</code> (required)
     */
    public String agentId() {
        return agentId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("agentId", agentId);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
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
        if (!(other instanceof RevokeAgentParams)) {
            return false;
        }
        RevokeAgentParams that = (RevokeAgentParams) other;
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
        return "RevokeAgentParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link RevokeAgentParams}. */
    public static final class Builder {
        private String agentId;

        private Builder() {}

        /**
         * Sets the path parameter <code>agentId</code> (required).
         *
         * @param agentId the value
         * @return this builder
         */
        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public RevokeAgentParams build() {
            Checks.required(agentId, "RevokeAgentParams.agentId");
            return new RevokeAgentParams(this);
        }
    }
}
