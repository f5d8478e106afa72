package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams implements CallParams {
    private final String tenantID;
    private final String bootstrapID;

    private DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams(Builder builder) {
        this.tenantID = builder.tenantID;
        this.bootstrapID = builder.bootstrapID;
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
     * ID (UUID) of the bootstrap, as returned when it was started.
     *
     * @return the path parameter <code>bootstrapID</code> (required)
     */
    public String bootstrapID() {
        return bootstrapID;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tenantID", tenantID);
        values.put("bootstrapID", bootstrapID);
        return values;
    }

    @Override
    public Map<String, Object> queryParams() {
        Map<String, Object> values = new LinkedHashMap<>();
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
        if (!(other instanceof DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams)) {
            return false;
        }
        DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams that = (DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams) other;
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
        return "DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams}. */
    public static final class Builder {
        private String tenantID;
        private String bootstrapID;

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
         * Sets the path parameter <code>bootstrapID</code> (required).
         *
         * @param bootstrapID the value
         * @return this builder
         */
        public Builder bootstrapID(String bootstrapID) {
            this.bootstrapID = bootstrapID;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams build() {
            Checks.required(tenantID, "DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams.tenantID");
            Checks.required(bootstrapID, "DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams.bootstrapID");
            return new DeployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapIDParams(this);
        }
    }
}
