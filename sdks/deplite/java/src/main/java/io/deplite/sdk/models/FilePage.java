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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The FilePage model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = FilePage.Builder.class)
public final class FilePage {
    @JsonProperty("items")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<StoredFile> items;

    @JsonProperty("nextCursor")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> nextCursor;

    private final Map<String, Object> additionalProperties;

    private FilePage(Builder builder) {
        this.items = builder.items;
        this.nextCursor = builder.nextCursor;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code FilePage}.
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
    public List<StoredFile> items() {
        return items;
    }

    /**
     * The next page's <code>cursor</code>; absent on the last page.
     *
     * @return the <code>nextCursor</code> field; empty when absent
     */
    public Optional<String> nextCursor() {
        return nextCursor.toOptional();
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
        if (!(other instanceof FilePage)) {
            return false;
        }
        FilePage that = (FilePage) other;
        return Objects.deepEquals(items, that.items)
                && Objects.deepEquals(nextCursor, that.nextCursor)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {items, nextCursor, additionalProperties});
    }

    @Override
    public String toString() {
        return "FilePage{"
                + "items=" + items
                + ", nextCursor=" + nextCursor
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link FilePage}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private List<StoredFile> items;
        private JsonNullable<String> nextCursor = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(FilePage source) {
            this.items = source.items;
            this.nextCursor = source.nextCursor;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>items</code> (required).
         *
         * @param items the value
         * @return this builder
         */
        @JsonProperty("items")
        public Builder items(List<StoredFile> items) {
            this.items = items;
            return this;
        }

        /**
         * Sets <code>nextCursor</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param nextCursor the value
         * @return this builder
         */
        @JsonProperty("nextCursor")
        public Builder nextCursor(String nextCursor) {
            this.nextCursor = JsonNullable.of(nextCursor);
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
         * @return a new {@link FilePage}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public FilePage build() {
            Checks.required(items, "FilePage.items");
            return new FilePage(this);
        }

        private FilePage buildFromJson() {
            return new FilePage(this);
        }
    }
}
