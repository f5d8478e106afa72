package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event type and what it reports.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = EventTypeInfo.Builder.class)
public final class EventTypeInfo {
    @JsonProperty("type")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final EventType type;

    @JsonProperty("description")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String description;

    private final Map<String, Object> additionalProperties;

    private EventTypeInfo(Builder builder) {
        this.type = builder.type;
        this.description = builder.description;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code EventTypeInfo}.
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
     * @return the <code>type</code> field (required)
     */
    public EventType type() {
        return type;
    }

    /**
     * When it is sent.
     *
     * @return the <code>description</code> field (required)
     */
    public String description() {
        return description;
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
        if (!(other instanceof EventTypeInfo)) {
            return false;
        }
        EventTypeInfo that = (EventTypeInfo) other;
        return Objects.deepEquals(type, that.type)
                && Objects.deepEquals(description, that.description)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {type, description, additionalProperties});
    }

    @Override
    public String toString() {
        return "EventTypeInfo{"
                + "type=" + type
                + ", description=" + description
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link EventTypeInfo}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private EventType type;
        private String description;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(EventTypeInfo source) {
            this.type = source.type;
            this.description = source.description;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>type</code> (required).
         *
         * @param type the value
         * @return this builder
         */
        @JsonProperty("type")
        public Builder type(EventType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets <code>description</code> (required).
         *
         * @param description the value
         * @return this builder
         */
        @JsonProperty("description")
        public Builder description(String description) {
            this.description = description;
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
         * @return a new {@link EventTypeInfo}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public EventTypeInfo build() {
            Checks.required(type, "EventTypeInfo.type");
            Checks.required(description, "EventTypeInfo.description");
            return new EventTypeInfo(this);
        }

        private EventTypeInfo buildFromJson() {
            return new EventTypeInfo(this);
        }
    }
}
