package io.deplite.sdk.params;

import io.deplite.sdk.models.ResponseMode;
import io.deplite.sdk.models.TriggerCreate;
import io.deplite.sdk.models.TriggerScope;
import io.deplite.sdk.models.TriggerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class TriggersCreateParams {
    private final Map<String, Object> query;
    private final TriggerCreate body;

    private TriggersCreateParams(Map<String, Object> query, TriggerCreate body) {
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
    public TriggerCreate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TriggersCreateParams)) {
            return false;
        }
        TriggersCreateParams that = (TriggersCreateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "TriggersCreateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link TriggersCreateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private TriggerCreate body;
        private TriggerCreate.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(TriggerCreate body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private TriggerCreate.Builder fields() {
            if (fields == null) {
                fields = body == null ? TriggerCreate.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * The agent to run on; it must belong to the organisation.
         *
         * Sets the body field {@code agentId} (required).
         *
         * @param agentId the value
         * @return this builder
         */
        public Builder agentId(String agentId) {
            fields().agentId(agentId);
            return this;
        }

        /**
         * A display name.
         *
         * Sets the body field {@code name} (required).
         *
         * @param name the value
         * @return this builder
         */
        public Builder name(String name) {
            fields().name(name);
            return this;
        }

        /**
         * The workflow to run.
         *
         * Sets the body field {@code workflowName} (required).
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
         * Sets the body field {@code type} (required).
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(TriggerType type) {
            fields().type(type);
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
         * Ref patterns a run may ask for; leave out or empty for any.
         *
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
        public TriggersCreateParams build() {
            TriggerCreate built = fields != null ? fields.build() : body;
            if (built == null) {
                built = TriggerCreate.builder().build();
            }
            return new TriggersCreateParams(new LinkedHashMap<>(query), built);
        }
    }
}
