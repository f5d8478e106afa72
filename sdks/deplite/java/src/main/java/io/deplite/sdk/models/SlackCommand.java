package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deplite.sdk.core.Checks;
import io.deplite.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A slash command, form-encoded as Slack sends it.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SlackCommand.Builder.class)
public final class SlackCommand {
    @JsonProperty("command")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String command;

    @JsonProperty("text")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> text;

    @JsonProperty("team_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String teamId;

    @JsonProperty("user_id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String userId;

    @JsonProperty("channel_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> channelId;

    @JsonProperty("response_url")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> responseUrl;

    @JsonProperty("trigger_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> triggerId;

    private final Map<String, Object> additionalProperties;

    private SlackCommand(Builder builder) {
        this.command = builder.command;
        this.text = builder.text;
        this.teamId = builder.teamId;
        this.userId = builder.userId;
        this.channelId = builder.channelId;
        this.responseUrl = builder.responseUrl;
        this.triggerId = builder.triggerId;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SlackCommand}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * @return the <code>command</code> field (required)
     */
    public String command() {
        return command;
    }

    /**
     * @return the <code>text</code> field; empty when absent
     */
    public Optional<String> text() {
        return text.toOptional();
    }

    /**
     * @return the <code>team_id</code> field (required)
     */
    public String teamId() {
        return teamId;
    }

    /**
     * @return the <code>user_id</code> field (required)
     */
    public String userId() {
        return userId;
    }

    /**
     * @return the <code>channel_id</code> field; empty when absent
     */
    public Optional<String> channelId() {
        return channelId.toOptional();
    }

    /**
     * @return the <code>response_url</code> field; empty when absent
     */
    public Optional<String> responseUrl() {
        return responseUrl.toOptional();
    }

    /**
     * @return the <code>trigger_id</code> field; empty when absent
     */
    public Optional<String> triggerId() {
        return triggerId.toOptional();
    }

    /**
     * Fields the schema does not list, as decoded JSON (maps, lists, strings, numbers, booleans).
     *
     * @return an unmodifiable map by wire name
     */
    @JsonAnyGetter
    public Map<String, Object> additionalProperties() {
        return additionalProperties;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof SlackCommand)) {
            return false;
        }
        SlackCommand that = (SlackCommand) other;
        return Objects.deepEquals(command, that.command)
                && Objects.deepEquals(text, that.text)
                && Objects.deepEquals(teamId, that.teamId)
                && Objects.deepEquals(userId, that.userId)
                && Objects.deepEquals(channelId, that.channelId)
                && Objects.deepEquals(responseUrl, that.responseUrl)
                && Objects.deepEquals(triggerId, that.triggerId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {command, text, teamId, userId, channelId, responseUrl, triggerId, additionalProperties});
    }

    @Override
    public String toString() {
        return "SlackCommand{"
                + "command=" + command
                + ", text=" + text
                + ", teamId=" + teamId
                + ", userId=" + userId
                + ", channelId=" + channelId
                + ", responseUrl=" + responseUrl
                + ", triggerId=" + triggerId
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SlackCommand}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String command;
        private JsonNullable<String> text = JsonNullable.undefined();
        private String teamId;
        private String userId;
        private JsonNullable<String> channelId = JsonNullable.undefined();
        private JsonNullable<String> responseUrl = JsonNullable.undefined();
        private JsonNullable<String> triggerId = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SlackCommand source) {
            this.command = source.command;
            this.text = source.text;
            this.teamId = source.teamId;
            this.userId = source.userId;
            this.channelId = source.channelId;
            this.responseUrl = source.responseUrl;
            this.triggerId = source.triggerId;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>command</code> (required).
         *
         * @param command the value
         * @return this builder
         */
        @JsonProperty("command")
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /**
         * Sets <code>text</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param text the value
         * @return this builder
         */
        @JsonProperty("text")
        public Builder text(String text) {
            this.text = JsonNullable.of(text);
            return this;
        }

        /**
         * Sets <code>team_id</code> (required).
         *
         * @param teamId the value
         * @return this builder
         */
        @JsonProperty("team_id")
        public Builder teamId(String teamId) {
            this.teamId = teamId;
            return this;
        }

        /**
         * Sets <code>user_id</code> (required).
         *
         * @param userId the value
         * @return this builder
         */
        @JsonProperty("user_id")
        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets <code>channel_id</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param channelId the value
         * @return this builder
         */
        @JsonProperty("channel_id")
        public Builder channelId(String channelId) {
            this.channelId = JsonNullable.of(channelId);
            return this;
        }

        /**
         * Sets <code>response_url</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param responseUrl the value
         * @return this builder
         */
        @JsonProperty("response_url")
        public Builder responseUrl(String responseUrl) {
            this.responseUrl = JsonNullable.of(responseUrl);
            return this;
        }

        /**
         * Sets <code>trigger_id</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param triggerId the value
         * @return this builder
         */
        @JsonProperty("trigger_id")
        public Builder triggerId(String triggerId) {
            this.triggerId = JsonNullable.of(triggerId);
            return this;
        }

        /**
         * Adds a field the schema does not list.
         *
         * @param name the wire name
         * @param value the value, as JSON would decode it
         * @return this builder
         */
        @JsonAnySetter
        public Builder putAdditionalProperty(String name, Object value) {
            this.additionalProperties.put(name, value);
            return this;
        }

        /**
         * Adds fields the schema does not list.
         *
         * @param values the values by wire name
         * @return this builder
         */
        @JsonIgnore
        public Builder additionalProperties(Map<String, ?> values) {
            this.additionalProperties.putAll(values);
            return this;
        }

        /**
         * The object.
         *
         * @return a new {@link SlackCommand}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public SlackCommand build() {
            Checks.required(command, "SlackCommand.command");
            Checks.required(teamId, "SlackCommand.teamId");
            Checks.required(userId, "SlackCommand.userId");
            return new SlackCommand(this);
        }

        private SlackCommand buildFromJson() {
            return new SlackCommand(this);
        }
    }
}
