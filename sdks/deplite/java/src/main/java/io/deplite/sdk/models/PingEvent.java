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
 * The data of a <code>ping</code> event.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PingEvent.Builder.class)
public final class PingEvent implements AgentEvent {
    @JsonProperty("time")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime time;

    private final Map<String, Object> additionalProperties;

    private PingEvent(Builder builder) {
        this.time = builder.time;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PingEvent}.
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
     * @return the <code>time</code> field (required)
     */
    public OffsetDateTime time() {
        return time;
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
        if (!(other instanceof PingEvent)) {
            return false;
        }
        PingEvent that = (PingEvent) other;
        return Objects.deepEquals(time, that.time)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {time, additionalProperties});
    }

    @Override
    public String toString() {
        return "PingEvent{"
                + "time=" + time
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PingEvent}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private OffsetDateTime time;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PingEvent source) {
            this.time = source.time;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>time</code> (required).
         *
         * @param time the value
         * @return this builder
         */
        @JsonProperty("time")
        public Builder time(OffsetDateTime time) {
            this.time = time;
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
         * @return a new {@link PingEvent}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PingEvent build() {
            Checks.required(time, "PingEvent.time");
            return new PingEvent(this);
        }

        private PingEvent buildFromJson() {
            return new PingEvent(this);
        }
    }
}
