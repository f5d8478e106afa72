package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployGetApiV1AppsByAppIDDeploymentsParams implements CallParams {
    private final String appID;
    private final Long limit;
    private final Long offset;

    private DeployGetApiV1AppsByAppIDDeploymentsParams(Builder builder) {
        this.appID = builder.appID;
        this.limit = builder.limit;
        this.offset = builder.offset;
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
     * Page size.
     *
     * @return the query parameter <code>limit</code>, when set
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * Number of items to skip.
     *
     * @return the query parameter <code>offset</code>, when set
     */
    public Optional<Long> offset() {
        return Optional.ofNullable(offset);
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
        if (limit != null) {
            values.put("limit", limit);
        }
        if (offset != null) {
            values.put("offset", offset);
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
        if (!(other instanceof DeployGetApiV1AppsByAppIDDeploymentsParams)) {
            return false;
        }
        DeployGetApiV1AppsByAppIDDeploymentsParams that = (DeployGetApiV1AppsByAppIDDeploymentsParams) other;
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
        return "DeployGetApiV1AppsByAppIDDeploymentsParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1AppsByAppIDDeploymentsParams}. */
    public static final class Builder {
        private String appID;
        private Long limit;
        private Long offset;

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
         * Sets the query parameter <code>offset</code>.
         *
         * @param offset the value
         * @return this builder
         */
        public Builder offset(Long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployGetApiV1AppsByAppIDDeploymentsParams build() {
            Checks.required(appID, "DeployGetApiV1AppsByAppIDDeploymentsParams.appID");
            return new DeployGetApiV1AppsByAppIDDeploymentsParams(this);
        }
    }
}
