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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The HeartbeatAck model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = HeartbeatAck.Builder.class)
public final class HeartbeatAck {
    @JsonProperty("serverTime")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime serverTime;

    private final Map<String, Object> additionalProperties;

    private HeartbeatAck(Builder builder) {
        this.serverTime = builder.serverTime;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code HeartbeatAck}.
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
     * @return the <code>serverTime</code> field (required)
     */
    public OffsetDateTime serverTime() {
        return serverTime;
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
        if (!(other instanceof HeartbeatAck)) {
            return false;
        }
        HeartbeatAck that = (HeartbeatAck) other;
        return Objects.deepEquals(serverTime, that.serverTime)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {serverTime, additionalProperties});
    }

    @Override
    public String toString() {
        return "HeartbeatAck{"
                + "serverTime=" + serverTime
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link HeartbeatAck}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private OffsetDateTime serverTime;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(HeartbeatAck source) {
            this.serverTime = source.serverTime;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>serverTime</code> (required).
         *
         * @param serverTime the value
         * @return this builder
         */
        @JsonProperty("serverTime")
        public Builder serverTime(OffsetDateTime serverTime) {
            this.serverTime = serverTime;
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
         * @return a new {@link HeartbeatAck}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public HeartbeatAck build() {
            Checks.required(serverTime, "HeartbeatAck.serverTime");
            return new HeartbeatAck(this);
        }

        private HeartbeatAck buildFromJson() {
            return new HeartbeatAck(this);
        }
    }
}
