package io.deplite.sdk.params;

import io.deplite.sdk.models.WorkflowRateLimit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class WorkflowsSetRateLimitParams {
    private final Map<String, Object> query;
    private final WorkflowRateLimit body;

    private WorkflowsSetRateLimitParams(Map<String, Object> query, WorkflowRateLimit body) {
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
    public WorkflowRateLimit body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WorkflowsSetRateLimitParams)) {
            return false;
        }
        WorkflowsSetRateLimitParams that = (WorkflowsSetRateLimitParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "WorkflowsSetRateLimitParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link WorkflowsSetRateLimitParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private WorkflowRateLimit body;
        private WorkflowRateLimit.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(WorkflowRateLimit body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private WorkflowRateLimit.Builder fields() {
            if (fields == null) {
                fields = body == null ? WorkflowRateLimit.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code rateLimitPerMinute} (required).
         *
         * @param rateLimitPerMinute the value
         * @return this builder
         */
        public Builder rateLimitPerMinute(Long rateLimitPerMinute) {
            fields().rateLimitPerMinute(rateLimitPerMinute);
            return this;
        }

        /**
         * Sets the body field {@code rateLimitPerMinute}.
         *
         * @param rateLimitPerMinute the value
         * @return this builder
         */
        public Builder rateLimitPerMinute(long rateLimitPerMinute) {
            return rateLimitPerMinute(Long.valueOf(rateLimitPerMinute));
        }

        /**
         * Sets the body field {@code rateLimitPerHour} (required).
         *
         * @param rateLimitPerHour the value
         * @return this builder
         */
        public Builder rateLimitPerHour(Long rateLimitPerHour) {
            fields().rateLimitPerHour(rateLimitPerHour);
            return this;
        }

        /**
         * Sets the body field {@code rateLimitPerHour}.
         *
         * @param rateLimitPerHour the value
         * @return this builder
         */
        public Builder rateLimitPerHour(long rateLimitPerHour) {
            return rateLimitPerHour(Long.valueOf(rateLimitPerHour));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public WorkflowsSetRateLimitParams build() {
            WorkflowRateLimit built = fields != null ? fields.build() : body;
            if (built == null) {
                built = WorkflowRateLimit.builder().build();
            }
            return new WorkflowsSetRateLimitParams(new LinkedHashMap<>(query), built);
        }
    }
}
