package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.RunRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class RunTriggerManuallyParams implements CallParams {
    private final String triggerId;
    private final String idempotencyKey;
    private final RunRequest body;

    private RunTriggerManuallyParams(Builder builder) {
        this.triggerId = builder.triggerId;
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
     * The trigger's id.
     *
     * @return the path parameter <code>triggerId</code> (required)
     */
    public String triggerId() {
        return triggerId;
    }

    /**
     * A key of your choosing that makes a retried run safe: the same key with the same body
     * answers the first run's job; the same key with a different body is refused with 409
     * <code>idempotency_key_reused</code>. Keys are kept for 24 hours.
     *
     * @return the header parameter <code>Idempotency-Key</code>, when set
     */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("triggerId", triggerId);
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
    public RunRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof RunTriggerManuallyParams)) {
            return false;
        }
        RunTriggerManuallyParams that = (RunTriggerManuallyParams) other;
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
        return "RunTriggerManuallyParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link RunTriggerManuallyParams}. */
    public static final class Builder {
        private String triggerId;
        private String idempotencyKey;
        private RunRequest body;

        private Builder() {}

        /**
         * Sets the path parameter <code>triggerId</code> (required).
         *
         * @param triggerId the value
         * @return this builder
         */
        public Builder triggerId(String triggerId) {
            this.triggerId = triggerId;
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
        public Builder body(RunRequest body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public RunTriggerManuallyParams build() {
            Checks.required(triggerId, "RunTriggerManuallyParams.triggerId");
            Checks.required(body, "RunTriggerManuallyParams.body");
            return new RunTriggerManuallyParams(this);
        }
    }
}
