package io.deplite.sdk.params;

import io.deplite.sdk.models.ResponseMode;
import io.deplite.sdk.models.TriggerScope;
import io.deplite.sdk.models.TriggerUpdate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TriggersUpdateParams {
    private final Map<String, Object> query;
    private final TriggerUpdate body;

    private TriggersUpdateParams(Map<String, Object> query, TriggerUpdate body) {
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
    public TriggerUpdate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TriggersUpdateParams)) {
            return false;
        }
        TriggersUpdateParams that = (TriggersUpdateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "TriggersUpdateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link TriggersUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private TriggerUpdate body;
        private TriggerUpdate.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(TriggerUpdate body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private TriggerUpdate.Builder fields() {
            if (fields == null) {
                fields = body == null ? TriggerUpdate.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code name}.
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            fields().name(name);
            return this;
        }

        /**
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
         * Sets the body field {@code scopeType}.
         *
         * @param scopeType the value
         * @return this builder
         */
        public Builder scopeType(TriggerScope scopeType) {
            fields().scopeType(scopeType);
            return this;
        }

        /**
         * Sets the body field {@code responseMode}.
         *
         * @param responseMode the value
         * @return this builder
         */
        public Builder responseMode(ResponseMode responseMode) {
            fields().responseMode(responseMode);
            return this;
        }

        /**
         * Sets the body field {@code allowedRefs}.
         *
         * @param allowedRefs the value
         * @return this builder
         */
        public Builder allowedRefs(List<String> allowedRefs) {
            fields().allowedRefs(allowedRefs);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public TriggersUpdateParams build() {
            TriggerUpdate built = fields != null ? fields.build() : body;
            if (built == null) {
                built = TriggerUpdate.builder().build();
            }
            return new TriggersUpdateParams(new LinkedHashMap<>(query), built);
        }
    }
}
