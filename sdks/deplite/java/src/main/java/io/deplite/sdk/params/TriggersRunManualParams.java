package io.deplite.sdk.params;

import io.deplite.sdk.models.RunRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TriggersRunManualParams {
    private final Map<String, Object> query;
    private final RunRequest body;

    private TriggersRunManualParams(Map<String, Object> query, RunRequest body) {
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
     * @return the body (required)
     */
    public RunRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TriggersRunManualParams)) {
            return false;
        }
        TriggersRunManualParams that = (TriggersRunManualParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "TriggersRunManualParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link TriggersRunManualParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private RunRequest body;
        private RunRequest.Builder fields;

        private Builder() {}

        /**
         * A key of your choosing that makes a retried run safe: the same key with the same body
         * answers the first run's job; the same key with a different body is refused with 409
         * <code>idempotency_key_reused</code>. Keys are kept for 24 hours.
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
        public Builder body(RunRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private RunRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? RunRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The git ref to run at; must match the trigger's <code>allowedRefs</code> when it has
         * any. Default <code>main</code>.
         *
         * Sets the body field {@code ref}.
         *
         * @param ref the value
         * @return this builder
         */
        public Builder ref(String ref) {
            fields().ref(ref);
            return this;
        }

        /**
         * Ask the agent for verbose logs.
         *
         * Sets the body field {@code debug}.
         *
         * @param debug the value
         * @return this builder
         */
        public Builder debug(Boolean debug) {
            fields().debug(debug);
            return this;
        }

        /**
         * Sets the body field {@code debug}.
         *
         * @param debug the value
         * @return this builder
         */
        public Builder debug(boolean debug) {
            return debug(Boolean.valueOf(debug));
        }

        /**
         * With a trigger of <code>scopeType</code> <code>agent</code>, the workflow to run
         * (default the trigger's).
         *
         * Sets the body field {@code workflowName}.
         *
         * @param workflowName the value
         * @return this builder
         */
        public Builder workflowName(String workflowName) {
            fields().workflowName(workflowName);
            return this;
        }

        /**
         * Parameters handed to the workflow.
         *
         * Sets the body field {@code params}.
         *
         * @param params the value
         * @return this builder
         */
        public Builder params(Map<String, String> params) {
            fields().params(params);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public TriggersRunManualParams build() {
            RunRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = RunRequest.builder().build();
            }
            return new TriggersRunManualParams(new LinkedHashMap<>(query), built);
        }
    }
}
