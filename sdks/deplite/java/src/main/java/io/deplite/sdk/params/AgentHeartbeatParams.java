package io.deplite.sdk.params;

import io.deplite.sdk.models.Heartbeat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentHeartbeatParams {
    private final Map<String, Object> query;
    private final Heartbeat body;

    private AgentHeartbeatParams(Map<String, Object> query, Heartbeat body) {
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
    public Heartbeat body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentHeartbeatParams)) {
            return false;
        }
        AgentHeartbeatParams that = (AgentHeartbeatParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentHeartbeatParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentHeartbeatParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private Heartbeat body;
        private Heartbeat.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(Heartbeat body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private Heartbeat.Builder fields() {
            if (fields == null) {
                fields = body == null ? Heartbeat.builder() : body.toBuilder();
                body = null;
            }
            return fields;
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
         * Sets the body field {@code runningJobs}.
         *
         * @param runningJobs the value
         * @return this builder
         */
        public Builder runningJobs(List<String> runningJobs) {
            fields().runningJobs(runningJobs);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentHeartbeatParams build() {
            Heartbeat built = fields != null ? fields.build() : body;
            if (built == null) {
                built = Heartbeat.builder().build();
            }
            return new AgentHeartbeatParams(new LinkedHashMap<>(query), built);
        }
    }
}
