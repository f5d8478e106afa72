package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.TriggerUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters and body of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class UpdateTriggerParams implements CallParams {
    private final String triggerId;
    private final TriggerUpdate body;

    private UpdateTriggerParams(Builder builder) {
        this.triggerId = builder.triggerId;
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

    @Override
    public Map<String, Object> pathParams() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("triggerId", triggerId);
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
    public TriggerUpdate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof UpdateTriggerParams)) {
            return false;
        }
        UpdateTriggerParams that = (UpdateTriggerParams) other;
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
        return "UpdateTriggerParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link UpdateTriggerParams}. */
    public static final class Builder {
        private String triggerId;
        private TriggerUpdate body;

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
         * Sets the request body (required).
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(TriggerUpdate body) {
            this.body = body;
            return this;
        }

        /**
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public UpdateTriggerParams build() {
            Checks.required(triggerId, "UpdateTriggerParams.triggerId");
            Checks.required(body, "UpdateTriggerParams.body");
            return new UpdateTriggerParams(this);
        }
    }
}
