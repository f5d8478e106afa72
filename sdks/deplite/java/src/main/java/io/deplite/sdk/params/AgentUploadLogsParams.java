package io.deplite.sdk.params;

import io.deplite.sdk.models.LogLine;
import io.deplite.sdk.models.LogUpload;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class AgentUploadLogsParams {
    private final Map<String, Object> query;
    private final LogUpload body;

    private AgentUploadLogsParams(Map<String, Object> query, LogUpload body) {
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
    public LogUpload body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof AgentUploadLogsParams)) {
            return false;
        }
        AgentUploadLogsParams that = (AgentUploadLogsParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "AgentUploadLogsParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link AgentUploadLogsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private LogUpload body;
        private LogUpload.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(LogUpload body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private LogUpload.Builder fields() {
            if (fields == null) {
                fields = body == null ? LogUpload.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code items} (required).
         *
         * @param items the value
         * @return this builder
         */
        public Builder items(List<LogLine> items) {
            fields().items(items);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public AgentUploadLogsParams build() {
            LogUpload built = fields != null ? fields.build() : body;
            if (built == null) {
                built = LogUpload.builder().build();
            }
            return new AgentUploadLogsParams(new LinkedHashMap<>(query), built);
        }
    }
}
