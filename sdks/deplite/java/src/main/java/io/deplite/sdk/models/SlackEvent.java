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
 * An Events API envelope, as Slack sends it.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SlackEvent.Builder.class)
public final class SlackEvent {
    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String type;

    @JsonProperty("challenge")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> challenge;

    @JsonProperty("team_id")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> teamId;

    @JsonProperty("event")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Map<String, Object>> event;

    private final Map<String, Object> additionalProperties;

    private SlackEvent(Builder builder) {
        this.type = builder.type;
        this.challenge = builder.challenge;
        this.teamId = builder.teamId;
        this.event = builder.event;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SlackEvent}.
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
     * <code>url_verification</code> or <code>event_callback</code>.
     *
     * @return the <code>type</code> field (required)
     */
    public String type() {
        return type;
    }

    /**
     * With <code>url_verification</code>
     *
     * @return the <code>challenge</code> field; empty when absent
     */
    public Optional<String> challenge() {
        return challenge.toOptional();
    }

    /**
     * @return the <code>team_id</code> field; empty when absent
     */
    public Optional<String> teamId() {
        return teamId.toOptional();
    }

    /**
     * @return the <code>event</code> field; empty when absent
     */
    public Optional<Map<String, Object>> event() {
        return event.toOptional();
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
        if (!(other instanceof SlackEvent)) {
            return false;
        }
        SlackEvent that = (SlackEvent) other;
        return Objects.deepEquals(type, that.type)
                && Objects.deepEquals(challenge, that.challenge)
                && Objects.deepEquals(teamId, that.teamId)
                && Objects.deepEquals(event, that.event)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {type, challenge, teamId, event, additionalProperties});
    }

    @Override
    public String toString() {
        return "SlackEvent{"
                + "type=" + type
                + ", challenge=" + challenge
                + ", teamId=" + teamId
                + ", event=" + event
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SlackEvent}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String type;
        private JsonNullable<String> challenge = JsonNullable.undefined();
        private JsonNullable<String> teamId = JsonNullable.undefined();
        private JsonNullable<Map<String, Object>> event = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SlackEvent source) {
            this.type = source.type;
            this.challenge = source.challenge;
            this.teamId = source.teamId;
            this.event = source.event;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>type</code> (required).
         *
         * @param type the value
         * @return this builder
         */
        @JsonProperty("type")
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>challenge</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param challenge the value
         * @return this builder
         */
        @JsonProperty("challenge")
        public Builder challenge(String challenge) {
            this.challenge = JsonNullable.of(challenge);
            return this;
        }

        /**
         * Sets <code>team_id</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param teamId the value
         * @return this builder
         */
        @JsonProperty("team_id")
        public Builder teamId(String teamId) {
            this.teamId = JsonNullable.of(teamId);
            return this;
        }

        /**
         * Sets <code>event</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param event the value
         * @return this builder
         */
        @JsonProperty("event")
        public Builder event(Map<String, Object> event) {
            this.event = JsonNullable.of(event);
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
         * @return a new {@link SlackEvent}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public SlackEvent build() {
            Checks.required(type, "SlackEvent.type");
            return new SlackEvent(this);
        }

        private SlackEvent buildFromJson() {
            return new SlackEvent(this);
        }
    }
}
