package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import ai.axhub.sdk.models.LogDirection;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployGetApiV1AppsByAppIDLogsParams implements CallParams {
    private final String appID;
    private final LogDirection direction;
    private final String cursor;
    private final OffsetDateTime since;
    private final OffsetDateTime until;
    private final Long limit;

    private DeployGetApiV1AppsByAppIDLogsParams(Builder builder) {
        this.appID = builder.appID;
        this.direction = builder.direction;
        this.cursor = builder.cursor;
        this.since = builder.since;
        this.until = builder.until;
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
     * ID (UUID) of the app.
     *
     * @return the path parameter <code>appID</code> (required)
     */
    public String appID() {
        return appID;
    }

    /**
     * Paging direction; <code>backward</code> (default) goes back in time, <code>forward</code>
     * returns only newer lines.
     *
     * @return the query parameter <code>direction</code>, when set
     */
    public Optional<LogDirection> direction() {
        return Optional.ofNullable(direction);
    }

    /**
     * Opaque continuation token; the <code>next_cursor</code> of the previous page. A value that
     * is not a cursor this API issued gives 400 <code>validation_failed</code>.
     *
     * @return the query parameter <code>cursor</code>, when set
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * Lower time bound (RFC 3339); where a forward read starts.
     *
     * @return the query parameter <code>since</code>, when set
     */
    public Optional<OffsetDateTime> since() {
        return Optional.ofNullable(since);
    }

    /**
     * Upper time bound (RFC 3339).
     *
     * @return the query parameter <code>until</code>, when set
     */
    public Optional<OffsetDateTime> until() {
        return Optional.ofNullable(until);
    }

    /**
     * Maximum number of lines in the page.
     *
     * @return the query parameter <code>limit</code>, when set
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("appID", appID);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (direction != null) {
            values.put("direction", direction);
        }
        if (cursor != null) {
            values.put("cursor", cursor);
        }
        if (since != null) {
            values.put("since", since);
        }
        if (until != null) {
            values.put("until", until);
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
        if (!(other instanceof DeployGetApiV1AppsByAppIDLogsParams)) {
            return false;
        }
        DeployGetApiV1AppsByAppIDLogsParams that = (DeployGetApiV1AppsByAppIDLogsParams) other;
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
        return "DeployGetApiV1AppsByAppIDLogsParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1AppsByAppIDLogsParams}. */
    public static final class Builder {
        private String appID;
        private LogDirection direction;
        private String cursor;
        private OffsetDateTime since;
        private OffsetDateTime until;
        private Long limit;

        private Builder() {}

        /**
         * Sets the path parameter <code>appID</code> (required).
         *
         * @param appID the value
         * @return this builder
         */
        public Builder appID(String appID) {
            this.appID = appID;
            return this;
        }

        /**
         * Sets the query parameter <code>direction</code>.
         *
         * @param direction the value
         * @return this builder
         */
        public Builder direction(LogDirection direction) {
            this.direction = direction;
            return this;
        }

        /**
         * Sets the query parameter <code>cursor</code>.
         *
         * @param cursor the value
         * @return this builder
         */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets the query parameter <code>since</code>.
         *
         * @param since the value
         * @return this builder
         */
        public Builder since(OffsetDateTime since) {
            this.since = since;
            return this;
        }

        /**
         * Sets the query parameter <code>until</code>.
         *
         * @param until the value
         * @return this builder
         */
        public Builder until(OffsetDateTime until) {
            this.until = until;
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
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployGetApiV1AppsByAppIDLogsParams build() {
            Checks.required(appID, "DeployGetApiV1AppsByAppIDLogsParams.appID");
            return new DeployGetApiV1AppsByAppIDLogsParams(this);
        }
    }
}
