package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deplite.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SlackEventAck model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SlackEventAck.Builder.class)
public final class SlackEventAck {
    @JsonProperty("challenge")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> challenge;

    @JsonProperty("ok")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Boolean> ok;

    private final Map<String, Object> additionalProperties;

    private SlackEventAck(Builder builder) {
        this.challenge = builder.challenge;
        this.ok = builder.ok;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SlackEventAck}.
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
     * @return the <code>challenge</code> field; empty when absent
     */
    public Optional<String> challenge() {
        return challenge.toOptional();
    }

    /**
     * @return the <code>ok</code> field; empty when absent
     */
    public Optional<Boolean> ok() {
        return ok.toOptional();
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
        if (!(other instanceof SlackEventAck)) {
            return false;
        }
        SlackEventAck that = (SlackEventAck) other;
        return Objects.deepEquals(challenge, that.challenge)
                && Objects.deepEquals(ok, that.ok)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {challenge, ok, additionalProperties});
    }

    @Override
    public String toString() {
        return "SlackEventAck{"
                + "challenge=" + challenge
                + ", ok=" + ok
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SlackEventAck}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> challenge = JsonNullable.undefined();
        private JsonNullable<Boolean> ok = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SlackEventAck source) {
            this.challenge = source.challenge;
            this.ok = source.ok;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>ok</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param ok the value
         * @return this builder
         */
        @JsonProperty("ok")
        public Builder ok(Boolean ok) {
            this.ok = JsonNullable.of(ok);
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
         * @return a new {@link SlackEventAck}
         */
        public SlackEventAck build() {
            return new SlackEventAck(this);
        }

        private SlackEventAck buildFromJson() {
            return new SlackEventAck(this);
        }
    }
}
