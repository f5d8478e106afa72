package ai.axhub.sdk.params;

import ai.axhub.sdk.core.CallParams;
import ai.axhub.sdk.core.Checks;
import ai.axhub.sdk.models.CreateBootstrapRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeployPostApiV1TenantsByTenantIDAppBootstrapsParams implements CallParams {
    private final String tenantID;
    private final String idempotencyKey;
    private final CreateBootstrapRequest body;

    private DeployPostApiV1TenantsByTenantIDAppBootstrapsParams(Builder builder) {
        this.tenantID = builder.tenantID;
        this.idempotencyKey = builder.idempotencyKey;
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
     * ID (UUID) of the tenant.
     *
     * @return the path parameter <code>tenantID</code> (required)
     */
    public String tenantID() {
        return tenantID;
    }

    /**
     * Client-chosen key that makes a retried request safe. Sending the same key with the same body
     * again replays the first response instead of doing the work twice; sending the same key with
     * a different body, or on another resource (other path or query parameters), is rejected with
     * 409 <code>idempotency_key_reused</code>. A duplicate sent while the first request is still
     * running waits for its answer and gets the replay. The key is 1-255 printable ASCII
     * characters (space to <code>~</code>), without leading or trailing spaces.
     *
     * @return the header parameter <code>Idempotency-Key</code>, when set
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
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
        if (idempotencyKey != null) {
            values.put("Idempotency-Key", idempotencyKey);
        }
        return values;
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    @Override
    public CreateBootstrapRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeployPostApiV1TenantsByTenantIDAppBootstrapsParams)) {
            return false;
        }
        DeployPostApiV1TenantsByTenantIDAppBootstrapsParams that = (DeployPostApiV1TenantsByTenantIDAppBootstrapsParams) other;
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
        return "DeployPostApiV1TenantsByTenantIDAppBootstrapsParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployPostApiV1TenantsByTenantIDAppBootstrapsParams}. */
    public static final class Builder {
        private String tenantID;
        private String idempotencyKey;
        private CreateBootstrapRequest body;

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
         * Sets the header parameter <code>Idempotency-Key</code>.
         *
         * @param idempotencyKey the value
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /**
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(CreateBootstrapRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployPostApiV1TenantsByTenantIDAppBootstrapsParams build() {
            Checks.required(tenantID, "DeployPostApiV1TenantsByTenantIDAppBootstrapsParams.tenantID");
            Checks.required(body, "DeployPostApiV1TenantsByTenantIDAppBootstrapsParams.body");
            return new DeployPostApiV1TenantsByTenantIDAppBootstrapsParams(this);
        }
    }
}
