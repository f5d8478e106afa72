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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The LogUpload model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogUpload.Builder.class)
public final class LogUpload {
    @JsonProperty("items")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<LogLine> items;

    private final Map<String, Object> additionalProperties;

    private LogUpload(Builder builder) {
        this.items = builder.items;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code LogUpload}.
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
     * @return the <code>items</code> field (required)
     */
    public List<LogLine> items() {
        return items;
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
        if (!(other instanceof LogUpload)) {
            return false;
        }
        LogUpload that = (LogUpload) other;
        return Objects.deepEquals(items, that.items)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {items, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogUpload{"
                + "items=" + items
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogUpload}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<LogLine> items;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogUpload source) {
            this.items = source.items;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>items</code> (required).
         *
         * @param items the value
         * @return this builder
         */
        @JsonProperty("items")
        public Builder items(List<LogLine> items) {
            this.items = items;
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
         * @return a new {@link LogUpload}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public LogUpload build() {
            Checks.required(items, "LogUpload.items");
            return new LogUpload(this);
        }

        private LogUpload buildFromJson() {
            return new LogUpload(this);
        }
    }
}
