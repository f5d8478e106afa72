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
public final class DeployGetApiV1TenantsByTenantIDDeploymentsParams implements CallParams {
    private final String tenantID;
    private final Long limit;

    private DeployGetApiV1TenantsByTenantIDDeploymentsParams(Builder builder) {
        this.tenantID = builder.tenantID;
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
     * ID (UUID) of the tenant.
     *
     * @return the path parameter <code>tenantID</code> (required)
     */
    public String tenantID() {
        return tenantID;
    }

    /**
     * Page size.
     *
     * @return the query parameter <code>limit</code>, when set
     */
    public Optional<Long> limit() {
        return Optional.ofNullable(limit);
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tenantID", tenantID);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
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
        if (!(other instanceof DeployGetApiV1TenantsByTenantIDDeploymentsParams)) {
            return false;
        }
        DeployGetApiV1TenantsByTenantIDDeploymentsParams that = (DeployGetApiV1TenantsByTenantIDDeploymentsParams) other;
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
        return "DeployGetApiV1TenantsByTenantIDDeploymentsParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1TenantsByTenantIDDeploymentsParams}. */
    public static final class Builder {
        private String tenantID;
        private Long limit;

        private Builder() {}

        /**
         * Sets the path parameter <code>tenantID</code> (required).
         *
         * @param tenantID the value
         * @return this builder
         */
        public Builder tenantID(String tenantID) {
            this.tenantID = tenantID;
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
        public DeployGetApiV1TenantsByTenantIDDeploymentsParams build() {
            Checks.required(tenantID, "DeployGetApiV1TenantsByTenantIDDeploymentsParams.tenantID");
            return new DeployGetApiV1TenantsByTenantIDDeploymentsParams(this);
        }
    }
}
