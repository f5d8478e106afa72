package io.deplite.sdk.params;

import io.deplite.sdk.models.JobOutcome;
import io.deplite.sdk.models.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentSubmitResultParams {
    private final Map<String, Object> query;
    private final JobResult body;

    private AgentSubmitResultParams(Map<String, Object> query, JobResult body) {
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
    public JobResult body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentSubmitResultParams)) {
            return false;
        }
        AgentSubmitResultParams that = (AgentSubmitResultParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentSubmitResultParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentSubmitResultParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private JobResult body;
        private JobResult.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(JobResult body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private JobResult.Builder fields() {
            if (fields == null) {
                fields = body == null ? JobResult.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code status} (required).
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(JobOutcome status) {
            fields().status(status);
            return this;
        }

        /**
         * Sets the body field {@code exitCode} (required).
         *
         * @param exitCode the value
         * @return this builder
         */
        public Builder exitCode(Long exitCode) {
            fields().exitCode(exitCode);
            return this;
        }

        /**
         * Sets the body field {@code exitCode}.
         *
         * @param exitCode the value
         * @return this builder
         */
        public Builder exitCode(long exitCode) {
            return exitCode(Long.valueOf(exitCode));
        }

        /**
         * Sets the body field {@code output}.
         *
         * @param output the value
         * @return this builder
         */
        public Builder output(Map<String, Object> output) {
            fields().output(output);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentSubmitResultParams build() {
            JobResult built = fields != null ? fields.build() : body;
            if (built == null) {
                built = JobResult.builder().build();
            }
            return new AgentSubmitResultParams(new LinkedHashMap<>(query), built);
        }
    }
}
