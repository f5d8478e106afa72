package io.deplite.sdk.params;

import io.deplite.sdk.core.CallParams;
import io.deplite.sdk.core.Checks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed parameters of one operation, by their Java names; the
 * runtime sends each under its wire name. Build one with {@link #builder()}.
 */
public final class DeleteTriggerParams implements CallParams {
    private final String triggerId;

    private DeleteTriggerParams(Builder builder) {
        this.triggerId = builder.triggerId;
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
        if (!(other instanceof DeleteTriggerParams)) {
            return false;
        }
        DeleteTriggerParams that = (DeleteTriggerParams) other;
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
        return "DeleteTriggerParams{pathParams=" + pathParams() + ", queryParams=" + queryParams() + ", body=" + body() + "}";
    }

    /** Builds {@link DeleteTriggerParams}. */
    public static final class Builder {
        private String triggerId;

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
         * The parameters.
         *
         * @return new parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required parameter is not set
         */
        public DeleteTriggerParams build() {
            Checks.required(triggerId, "DeleteTriggerParams.triggerId");
            return new DeleteTriggerParams(this);
        }
    }
}
