package ai.axhub.sdk.params;

import ai.axhub.sdk.models.DisableStagingRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeploymentsDisableStagingParams {
    private final Map<String, Object> query;
    private final DisableStagingRequest body;

    private DeploymentsDisableStagingParams(Map<String, Object> query, DisableStagingRequest body) {
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
    public DisableStagingRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DeploymentsDisableStagingParams)) {
            return false;
        }
        DeploymentsDisableStagingParams that = (DeploymentsDisableStagingParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "DeploymentsDisableStagingParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link DeploymentsDisableStagingParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private DisableStagingRequest body;
        private DisableStagingRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(DisableStagingRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private DisableStagingRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? DisableStagingRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Explicit consent that schema changes not yet promoted are thrown away together with
         * staging. False or absent gives 412 <code>confirm_discard_ops_required</code>.
         *
         * Sets the body field {@code confirmDiscardOps}.
         *
         * @param confirmDiscardOps the value
         * @return this builder
         */
        public Builder confirmDiscardOps(Boolean confirmDiscardOps) {
            fields().confirmDiscardOps(confirmDiscardOps);
            return this;
        }

        /**
         * Sets the body field {@code confirmDiscardOps}.
         *
         * @param confirmDiscardOps the value
         * @return this builder
         */
        public Builder confirmDiscardOps(boolean confirmDiscardOps) {
            return confirmDiscardOps(Boolean.valueOf(confirmDiscardOps));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public DeploymentsDisableStagingParams build() {
            DisableStagingRequest built = fields != null ? fields.build() : body;
            return new DeploymentsDisableStagingParams(new LinkedHashMap<>(query), built);
        }
    }
}
