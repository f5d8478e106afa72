package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class GetJobLogsParams implements CallParams {
    private final String jobId;
    private final Long sinceSeq;
    private final Long limit;

    private GetJobLogsParams(Builder builder) {
        this.jobId = builder.jobId;
        this.sinceSeq = builder.sinceSeq;
        this.limit = builder.limit;
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

    /**
     * The first sequence number to return.
     *
     * @return the query parameter <code>sinceSeq</code>, when set
     */
    public Optional<Long> sinceSeq() {
        return Optional.ofNullable(sinceSeq);
    }

    /**
     * The most lines to return.
     *
     * @return the query parameter <code>limit</code>, when set
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
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
        if (sinceSeq != null) {
            values.put("sinceSeq", sinceSeq);
        }
        if (limit != null) {
            values.put("limit", limit);
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
        if (!(other instanceof GetJobLogsParams)) {
            return false;
        }
        GetJobLogsParams that = (GetJobLogsParams) other;
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
        return "GetJobLogsParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link GetJobLogsParams}. */
    public static final class Builder {
        private String jobId;
        private Long sinceSeq;
        private Long limit;

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
         * Sets the query parameter <code>sinceSeq</code>.
         *
         * @param sinceSeq the value
         * @return this builder
         */
        public Builder sinceSeq(Long sinceSeq) {
            this.sinceSeq = sinceSeq;
            return this;
        }

        /**
         * Sets the query parameter <code>limit</code>.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(Long limit) {
            this.limit = limit;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public GetJobLogsParams build() {
            Checks.required(jobId, "GetJobLogsParams.jobId");
            return new GetJobLogsParams(this);
        }
    }
}
