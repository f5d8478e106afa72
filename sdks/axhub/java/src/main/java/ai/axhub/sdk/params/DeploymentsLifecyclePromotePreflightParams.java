package ai.axhub.sdk.params;

import ai.axhub.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsLifecyclePromotePreflightParams {
    private final Map<String, Object> query;

    private DeploymentsLifecyclePromotePreflightParams(Map<String, Object> query) {
        this.query = query;
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

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeploymentsLifecyclePromotePreflightParams)) {
            return false;
        }
        DeploymentsLifecyclePromotePreflightParams that = (DeploymentsLifecyclePromotePreflightParams) other;
        return query.equals(that.query);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query);
    }

    @Override
    public String toString() {
        return "DeploymentsLifecyclePromotePreflightParams{query=" + query + "}";
    }

    /** Builds {@link DeploymentsLifecyclePromotePreflightParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();

        private Builder() {}

        /**
         * ID (UUID) of the deployment that identifies the version to check.
         *
         * Sets the query parameter <code>deployment_id</code> (required).
         *
         * @param deploymentId the value, or null to leave it out
         * @return this builder
         */
        public Builder deploymentId(String deploymentId) {
            if (deploymentId == null) {
                query.remove("deployment_id");
            } else {
                query.put("deployment_id", deploymentId);
            }
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required value is missing
         */
        public DeploymentsLifecyclePromotePreflightParams build() {
            Checks.required(query.get("deployment_id"), "deploymentId");
            return new DeploymentsLifecyclePromotePreflightParams(new LinkedHashMap<>(query));
        }
    }
}
