package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.JobResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SubmitJobResultParams implements CallParams {
    private final String jobId;
    private final JobResult body;

    private SubmitJobResultParams(Builder builder) {
        this.jobId = builder.jobId;
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
     * The job's id (for example <code>j-abc-1234</code>).
     *
     * @return the path parameter <code>jobId</code> (required)
     */
    public String jobId() {
        return jobId;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("jobId", jobId);
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
    public JobResult body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SubmitJobResultParams)) {
            return false;
        }
        SubmitJobResultParams that = (SubmitJobResultParams) other;
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
        return "SubmitJobResultParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link SubmitJobResultParams}. */
    public static final class Builder {
        private String jobId;
        private JobResult body;

        private Builder() {}

        /**
         * Sets the path parameter <code>jobId</code> (required).
         *
         * @param jobId the value
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(JobResult body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public SubmitJobResultParams build() {
            Checks.required(jobId, "SubmitJobResultParams.jobId");
            Checks.required(body, "SubmitJobResultParams.body");
            return new SubmitJobResultParams(this);
        }
    }
}
