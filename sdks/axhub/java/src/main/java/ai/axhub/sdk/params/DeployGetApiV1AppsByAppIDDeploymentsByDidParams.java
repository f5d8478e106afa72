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
public final class DeployGetApiV1AppsByAppIDDeploymentsByDidParams implements CallParams {
    private final String appID;
    private final String did;

    private DeployGetApiV1AppsByAppIDDeploymentsByDidParams(Builder builder) {
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
        if (!(other instanceof DeployGetApiV1AppsByAppIDDeploymentsByDidParams)) {
            return false;
        }
        DeployGetApiV1AppsByAppIDDeploymentsByDidParams that = (DeployGetApiV1AppsByAppIDDeploymentsByDidParams) other;
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
        return "DeployGetApiV1AppsByAppIDDeploymentsByDidParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployGetApiV1AppsByAppIDDeploymentsByDidParams}. */
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
        public DeployGetApiV1AppsByAppIDDeploymentsByDidParams build() {
            Checks.required(appID, "DeployGetApiV1AppsByAppIDDeploymentsByDidParams.appID");
            Checks.required(did, "DeployGetApiV1AppsByAppIDDeploymentsByDidParams.did");
            return new DeployGetApiV1AppsByAppIDDeploymentsByDidParams(this);
        }
    }
}
