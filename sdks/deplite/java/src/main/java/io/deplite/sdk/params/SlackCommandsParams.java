package io.deplite.sdk.params;

import io.deplite.sdk.core.Checks;
import io.deplite.sdk.models.SlackCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class SlackCommandsParams {
    private final Map<String, Object> query;
    private final SlackCommand body;

    private SlackCommandsParams(Map<String, Object> query, SlackCommand body) {
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
    public SlackCommand body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SlackCommandsParams)) {
            return false;
        }
        SlackCommandsParams that = (SlackCommandsParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "SlackCommandsParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link SlackCommandsParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private SlackCommand body;
        private SlackCommand.Builder fields;

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
        public Builder body(SlackCommand body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private SlackCommand.Builder fields() {
            if (fields == null) {
                fields = body == null ? SlackCommand.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code command} (required).
         *
         * @param command the value
         * @return this builder
         */
        public Builder command(String command) {
            fields().command(command);
            return this;
        }

        /**
         * Sets the body field {@code text}.
         *
         * @param text the value
         * @return this builder
         */
        public Builder text(String text) {
            fields().text(text);
            return this;
        }

        /**
         * Sets the body field {@code teamId} (required).
         *
         * @param teamId the value
         * @return this builder
         */
        public Builder teamId(String teamId) {
            fields().teamId(teamId);
            return this;
        }

        /**
         * Sets the body field {@code userId} (required).
         *
         * @param userId the value
         * @return this builder
         */
        public Builder userId(String userId) {
            fields().userId(userId);
            return this;
        }

        /**
         * Sets the body field {@code channelId}.
         *
         * @param channelId the value
         * @return this builder
         */
        public Builder channelId(String channelId) {
            fields().channelId(channelId);
            return this;
        }

        /**
         * Sets the body field {@code responseUrl}.
         *
         * @param responseUrl the value
         * @return this builder
         */
        public Builder responseUrl(String responseUrl) {
            fields().responseUrl(responseUrl);
            return this;
        }

        /**
         * Sets the body field {@code triggerId}.
         *
         * @param triggerId the value
         * @return this builder
         */
        public Builder triggerId(String triggerId) {
            fields().triggerId(triggerId);
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required value is missing
         */
        public SlackCommandsParams build() {
            Checks.required(query.get("X-Slack-Request-Timestamp"), "xSlackRequestTimestamp");
            SlackCommand built = fields != null ? fields.build() : body;
            if (built == null) {
                built = SlackCommand.builder().build();
            }
            return new SlackCommandsParams(new LinkedHashMap<>(query), built);
        }
    }
}
