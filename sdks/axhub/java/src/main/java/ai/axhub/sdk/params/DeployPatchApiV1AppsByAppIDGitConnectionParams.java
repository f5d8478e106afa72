package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import ai.axhub.sdk.models.GitConnectionUpdateRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployPatchApiV1AppsByAppIDGitConnectionParams implements CallParams {
    private final String appID;
    private final GitConnectionUpdateRequest body;

    private DeployPatchApiV1AppsByAppIDGitConnectionParams(Builder builder) {
        this.appID = builder.appID;
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
     * ID (UUID) of the app.
     *
     * @return the path parameter <code>appID</code> (required)
     */
    public String appID() {
        return appID;
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
        return values;
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public GitConnectionUpdateRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeployPatchApiV1AppsByAppIDGitConnectionParams)) {
            return false;
        }
        DeployPatchApiV1AppsByAppIDGitConnectionParams that = (DeployPatchApiV1AppsByAppIDGitConnectionParams) other;
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
        return "DeployPatchApiV1AppsByAppIDGitConnectionParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployPatchApiV1AppsByAppIDGitConnectionParams}. */
    public static final class Builder {
        private String appID;
        private GitConnectionUpdateRequest body;

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
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(GitConnectionUpdateRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployPatchApiV1AppsByAppIDGitConnectionParams build() {
            Checks.required(appID, "DeployPatchApiV1AppsByAppIDGitConnectionParams.appID");
            Checks.required(body, "DeployPatchApiV1AppsByAppIDGitConnectionParams.body");
            return new DeployPatchApiV1AppsByAppIDGitConnectionParams(this);
        }
    }
}
