package ai.axhub.sdk.params;

import ai.axhub.sdk.models.RollbackRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsRollbackParams {
    private final Map<String, Object> query;
    private final RollbackRequest body;

    private DeploymentsRollbackParams(Map<String, Object> query, RollbackRequest body) {
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
    public RollbackRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeploymentsRollbackParams)) {
            return false;
        }
        DeploymentsRollbackParams that = (DeploymentsRollbackParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "DeploymentsRollbackParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link DeploymentsRollbackParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private RollbackRequest body;
        private RollbackRequest.Builder fields;

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
        public Builder body(RollbackRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private RollbackRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? RollbackRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Acknowledges that a rollback does not revert the database schema. Only needed when
         * destructive schema changes were applied after the target version; without it such a
         * rollback gives 412 <code>confirm_schema_skew_required</code>.
         *
         * Sets the body field {@code confirmSchemaSkew}.
         *
         * @param confirmSchemaSkew the value
         * @return this builder
         */
        public Builder confirmSchemaSkew(Boolean confirmSchemaSkew) {
            fields().confirmSchemaSkew(confirmSchemaSkew);
            return this;
        }

        /**
         * Sets the body field {@code confirmSchemaSkew}.
         *
         * @param confirmSchemaSkew the value
         * @return this builder
         */
        public Builder confirmSchemaSkew(boolean confirmSchemaSkew) {
            return confirmSchemaSkew(Boolean.valueOf(confirmSchemaSkew));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsRollbackParams build() {
            RollbackRequest built = fields != null ? fields.build() : body;
            return new DeploymentsRollbackParams(new LinkedHashMap<>(query), built);
        }
    }
}
