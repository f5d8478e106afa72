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
public final class DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams implements CallParams {
    private final String appID;
    private final String did;

    private DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams(Builder builder) {
        this.appID = builder.appID;
        this.did = builder.did;
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
     * ID (UUID) of the deployment.
     *
     * @return the path parameter <code>did</code> (required)
     */
    public String did() {
        return did;
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("appID", appID);
        values.put("did", did);
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
        if (!(other instanceof DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams)) {
            return false;
        }
        DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams that = (DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams) other;
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
        return "DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams}. */
    public static final class Builder {
        private String appID;
        private String did;

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
         * Sets the path parameter <code>did</code> (required).
         *
         * @param did the value
         * @return this builder
         */
        public Builder did(String did) {
            this.did = did;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams build() {
            Checks.required(appID, "DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams.appID");
            Checks.required(did, "DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams.did");
            return new DeployPostApiV1AppsByAppIDDeploymentsByDidCancelParams(this);
        }
    }
}
