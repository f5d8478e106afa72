package io.deplite.sdk.params;

import io.deplite.sdk.models.WorkflowReport;
import io.deplite.sdk.models.WorkflowReportWorkflowsItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentReportWorkflowsParams {
    private final Map<String, Object> query;
    private final WorkflowReport body;

    private AgentReportWorkflowsParams(Map<String, Object> query, WorkflowReport body) {
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
    public WorkflowReport body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentReportWorkflowsParams)) {
            return false;
        }
        AgentReportWorkflowsParams that = (AgentReportWorkflowsParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentReportWorkflowsParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentReportWorkflowsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private WorkflowReport body;
        private WorkflowReport.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(WorkflowReport body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private WorkflowReport.Builder fields() {
            if (fields == null) {
                fields = body == null ? WorkflowReport.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code workflows} (required).
         *
         * @param workflows the value
         * @return this builder
         */
        public Builder workflows(List<WorkflowReportWorkflowsItem> workflows) {
            fields().workflows(workflows);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentReportWorkflowsParams build() {
            WorkflowReport built = fields != null ? fields.build() : body;
            if (built == null) {
                built = WorkflowReport.builder().build();
            }
            return new AgentReportWorkflowsParams(new LinkedHashMap<>(query), built);
        }
    }
}
