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
import java.util.Map;
import java.util.Objects;

/**
 * The EnrollmentTokenCreate model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = EnrollmentTokenCreate.Builder.class)
public final class EnrollmentTokenCreate {
    @JsonProperty("label")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String label;

    private final Map<String, Object> additionalProperties;

    private EnrollmentTokenCreate(Builder builder) {
        this.label = builder.label;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code EnrollmentTokenCreate}.
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
     * A note on where the agent will run; it becomes the agent's name.
     *
     * @return the <code>label</code> field (required)
     */
    public String label() {
        return label;
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
        if (!(other instanceof EnrollmentTokenCreate)) {
            return false;
        }
        EnrollmentTokenCreate that = (EnrollmentTokenCreate) other;
        return Objects.deepEquals(label, that.label)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {label, additionalProperties});
    }

    @Override
    public String toString() {
        return "EnrollmentTokenCreate{"
                + "label=" + label
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link EnrollmentTokenCreate}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String label;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(EnrollmentTokenCreate source) {
            this.label = source.label;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>label</code> (required).
         *
         * @param label the value
         * @return this builder
         */
        @JsonProperty("label")
        public Builder label(String label) {
            this.label = label;
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
         * @return a new {@link EnrollmentTokenCreate}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public EnrollmentTokenCreate build() {
            Checks.required(label, "EnrollmentTokenCreate.label");
            return new EnrollmentTokenCreate(this);
        }

        private EnrollmentTokenCreate buildFromJson() {
            return new EnrollmentTokenCreate(this);
        }
    }
}
