package ai.axhub.sdk.params;

import ai.axhub.sdk.models.TriggerDeploymentRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsTriggerParams {
    private final Map<String, Object> query;
    private final TriggerDeploymentRequest body;

    private DeploymentsTriggerParams(Map<String, Object> query, TriggerDeploymentRequest body) {
        this.query = query;
        this.body = body;
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

    /**
     * The request body.
     *
     * @return the body, or null
     */
    public TriggerDeploymentRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeploymentsTriggerParams)) {
            return false;
        }
        DeploymentsTriggerParams that = (DeploymentsTriggerParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "DeploymentsTriggerParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link DeploymentsTriggerParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private TriggerDeploymentRequest body;
        private TriggerDeploymentRequest.Builder fields;

        private Builder() {}

        /**
         * Client-chosen key that makes a retried request safe. Sending the same key with the same
         * body again replays the first response instead of doing the work twice; sending the same
         * key with a different body, or on another resource (other path or query parameters), is
         * rejected with 409 <code>idempotency_key_reused</code>. A duplicate sent while the first
         * request is still running waits for its answer and gets the replay. The key is 1-255
         * printable ASCII characters (space to <code>~</code>), without leading or trailing
         * spaces.
         *
         * Sets the header parameter <code>Idempotency-Key</code>.
         *
         * @param idempotencyKey the value, or null to leave it out
         * @return this builder
         */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey == null) {
                query.remove("Idempotency-Key");
            } else {
                query.put("Idempotency-Key", idempotencyKey);
            }
            return this;
        }

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(TriggerDeploymentRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private TriggerDeploymentRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? TriggerDeploymentRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Full 40-character lowercase hex commit to deploy. Empty or absent means the HEAD of the
         * connected repository's default branch.
         *
         * Sets the body field {@code commitSha}.
         *
         * @param commitSha the value
         * @return this builder
         */
        public Builder commitSha(String commitSha) {
            fields().commitSha(commitSha);
            return this;
        }

        /**
         * Build a new image even if one already exists for this commit (useful after dependency or
         * base-image updates).
         *
         * Sets the body field {@code forceRebuild}.
         *
         * @param forceRebuild the value
         * @return this builder
         */
        public Builder forceRebuild(Boolean forceRebuild) {
            fields().forceRebuild(forceRebuild);
            return this;
        }

        /**
         * Sets the body field {@code forceRebuild}.
         *
         * @param forceRebuild the value
         * @return this builder
         */
        public Builder forceRebuild(boolean forceRebuild) {
            return forceRebuild(Boolean.valueOf(forceRebuild));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsTriggerParams build() {
            TriggerDeploymentRequest built = fields != null ? fields.build() : body;
            return new DeploymentsTriggerParams(new LinkedHashMap<>(query), built);
        }
    }
}
