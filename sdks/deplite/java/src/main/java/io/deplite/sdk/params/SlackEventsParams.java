package io.deplite.sdk.params;

import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.SlackEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SlackEventsParams {
    private final Map<String, Object> query;
    private final SlackEvent body;

    private SlackEventsParams(Map<String, Object> query, SlackEvent body) {
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
    public SlackEvent body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SlackEventsParams)) {
            return false;
        }
        SlackEventsParams that = (SlackEventsParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "SlackEventsParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link SlackEventsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private SlackEvent body;
        private SlackEvent.Builder fields;

        private Builder() {}

        /**
         * When Slack sent the request, in Unix seconds; part of what the signature covers.
         *
         * Sets the header parameter <code>X-Slack-Request-Timestamp</code> (required).
         *
         * @param xSlackRequestTimestamp the value, or null to leave it out
         * @return this builder
         */
        public Builder xSlackRequestTimestamp(Long xSlackRequestTimestamp) {
            if (xSlackRequestTimestamp == null) {
                query.remove("X-Slack-Request-Timestamp");
            } else {
                query.put("X-Slack-Request-Timestamp", xSlackRequestTimestamp);
            }
            return this;
        }

        /**
         * Sets the header parameter <code>X-Slack-Request-Timestamp</code>.
         *
         * @param xSlackRequestTimestamp the value
         * @return this builder
         */
        public Builder xSlackRequestTimestamp(long xSlackRequestTimestamp) {
            return xSlackRequestTimestamp(Long.valueOf(xSlackRequestTimestamp));
        }

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(SlackEvent body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private SlackEvent.Builder fields() {
            if (fields == null) {
                fields = body == null ? SlackEvent.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * <code>url_verification</code> or <code>event_callback</code>.
         *
         * Sets the body field {@code type} (required).
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(String type) {
            fields().type(type);
            return this;
        }

        /**
         * With <code>url_verification</code>
         *
         * Sets the body field {@code challenge}.
         *
         * @param challenge the value
         * @return this builder
         */
        public Builder challenge(String challenge) {
            fields().challenge(challenge);
            return this;
        }

        /**
         * Sets the body field {@code teamId}.
         *
         * @param teamId the value
         * @return this builder
         */
        public Builder teamId(String teamId) {
            fields().teamId(teamId);
            return this;
        }

        /**
         * Sets the body field {@code event}.
         *
         * @param event the value
         * @return this builder
         */
        public Builder event(Map<String, Object> event) {
            fields().event(event);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required value is missing
         */
        public SlackEventsParams build() {
            Checks.required(query.get("X-Slack-Request-Timestamp"), "xSlackRequestTimestamp");
            SlackEvent built = fields != null ? fields.build() : body;
            if (built == null) {
                built = SlackEvent.builder().build();
            }
            return new SlackEventsParams(new LinkedHashMap<>(query), built);
        }
    }
}
