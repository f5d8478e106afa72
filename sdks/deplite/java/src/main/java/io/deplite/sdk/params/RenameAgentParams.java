package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.AgentUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class RenameAgentParams implements CallParams {
    private final String agentId;
    private final AgentUpdate body;

    private RenameAgentParams(Builder builder) {
        this.agentId = builder.agentId;
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
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public AgentUpdate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RenameAgentParams)) {
            return false;
        }
        RenameAgentParams that = (RenameAgentParams) other;
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
        return "RenameAgentParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link RenameAgentParams}. */
    public static final class Builder {
        private String agentId;
        private AgentUpdate body;

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
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(AgentUpdate body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public RenameAgentParams build() {
            Checks.required(agentId, "RenameAgentParams.agentId");
            Checks.required(body, "RenameAgentParams.body");
            return new RenameAgentParams(this);
        }
    }
}
