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
public final class DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams implements CallParams {
    private final String appID;
    private final String requestID;
    private final String idempotencyKey;

    private DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams(Builder builder) {
        this.appID = builder.appID;
        this.requestID = builder.requestID;
        this.idempotencyKey = builder.idempotencyKey;
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
     * ID (UUID) of the review request whose promotion is retried.
     *
     * @return the path parameter <code>requestID</code> (required)
     */
    public String requestID() {
        return requestID;
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
        values.put("appID", appID);
        values.put("requestID", requestID);
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
        if (!(other instanceof DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams)) {
            return false;
        }
        DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams that = (DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams) other;
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
        return "DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams}. */
    public static final class Builder {
        private String appID;
        private String requestID;
        private String idempotencyKey;

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
         * Sets the path parameter <code>requestID</code> (required).
         *
         * @param requestID the value
         * @return this builder
         */
        public Builder requestID(String requestID) {
            this.requestID = requestID;
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
         * The parameters.
         *
         * @return new parameters
         * @throws ai.axhub.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams build() {
            Checks.required(appID, "DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams.appID");
            Checks.required(requestID, "DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams.requestID");
            return new DeployPostApiV1AppsByAppIDPromotionsByRequestIDRetryParams(this);
        }
    }
}
