package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.WorkflowRateLimit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SetWorkflowRateLimitParams implements CallParams {
    private final String agentId;
    private final String workflowName;
    private final WorkflowRateLimit body;

    private SetWorkflowRateLimitParams(Builder builder) {
        this.agentId = builder.agentId;
        this.workflowName = builder.workflowName;
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

    /**
     * The workflow's name, as the agent reported it.
     *
     * @return the path parameter <code>workflowName</code> (required)
     */
    public String workflowName() {
        return workflowName;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("agentId", agentId);
        values.put("workflowName", workflowName);
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
    public WorkflowRateLimit body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SetWorkflowRateLimitParams)) {
            return false;
        }
        SetWorkflowRateLimitParams that = (SetWorkflowRateLimitParams) other;
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
        return "SetWorkflowRateLimitParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link SetWorkflowRateLimitParams}. */
    public static final class Builder {
        private String agentId;
        private String workflowName;
        private WorkflowRateLimit body;

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
         * Sets the path parameter <code>workflowName</code> (required).
         *
         * @param workflowName the value
         * @return this builder
         */
        public Builder workflowName(String workflowName) {
            this.workflowName = workflowName;
            return this;
        }

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(WorkflowRateLimit body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public SetWorkflowRateLimitParams build() {
            Checks.required(agentId, "SetWorkflowRateLimitParams.agentId");
            Checks.required(workflowName, "SetWorkflowRateLimitParams.workflowName");
            Checks.required(body, "SetWorkflowRateLimitParams.body");
            return new SetWorkflowRateLimitParams(this);
        }
    }
}
