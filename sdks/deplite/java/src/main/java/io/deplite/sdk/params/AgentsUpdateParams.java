package io.deplite.sdk.params;

import io.deplite.sdk.models.AgentUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentsUpdateParams {
    private final Map<String, Object> query;
    private final AgentUpdate body;

    private AgentsUpdateParams(Map<String, Object> query, AgentUpdate body) {
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
    public AgentUpdate body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentsUpdateParams)) {
            return false;
        }
        AgentsUpdateParams that = (AgentsUpdateParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentsUpdateParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentsUpdateParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private AgentUpdate body;
        private AgentUpdate.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(AgentUpdate body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private AgentUpdate.Builder fields() {
            if (fields == null) {
                fields = body == null ? AgentUpdate.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
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
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentsUpdateParams build() {
            AgentUpdate built = fields != null ? fields.build() : body;
            if (built == null) {
                built = AgentUpdate.builder().build();
            }
            return new AgentsUpdateParams(new LinkedHashMap<>(query), built);
        }
    }
}
