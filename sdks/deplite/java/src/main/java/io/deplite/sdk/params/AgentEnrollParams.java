package io.deplite.sdk.params;

import io.deplite.sdk.models.AgentEnrollRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentEnrollParams {
    private final Map<String, Object> query;
    private final AgentEnrollRequest body;

    private AgentEnrollParams(Map<String, Object> query, AgentEnrollRequest body) {
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
    public AgentEnrollRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentEnrollParams)) {
            return false;
        }
        AgentEnrollParams that = (AgentEnrollParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentEnrollParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentEnrollParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private AgentEnrollRequest body;
        private AgentEnrollRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(AgentEnrollRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private AgentEnrollRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? AgentEnrollRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code hostname}.
         *
         * @param hostname the value
         * @return this builder
         */
        public Builder hostname(String hostname) {
            fields().hostname(hostname);
            return this;
        }

        /**
         * Sets the body field {@code version}.
         *
         * @param version the value
         * @return this builder
         */
        public Builder version(String version) {
            fields().version(version);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentEnrollParams build() {
            AgentEnrollRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = AgentEnrollRequest.builder().build();
            }
            return new AgentEnrollParams(new LinkedHashMap<>(query), built);
        }
    }
}
