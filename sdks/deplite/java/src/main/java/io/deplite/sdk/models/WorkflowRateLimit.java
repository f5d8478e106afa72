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
 * The WorkflowRateLimit model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = WorkflowRateLimit.Builder.class)
public final class WorkflowRateLimit {
    @JsonProperty("rateLimitPerMinute")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerMinute;

    @JsonProperty("rateLimitPerHour")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerHour;

    private final Map<String, Object> additionalProperties;

    private WorkflowRateLimit(Builder builder) {
        this.rateLimitPerMinute = builder.rateLimitPerMinute;
        this.rateLimitPerHour = builder.rateLimitPerHour;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code WorkflowRateLimit}.
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
     * @return the <code>rateLimitPerMinute</code> field; empty when null
     */
    public Optional<Long> rateLimitPerMinute() {
        return rateLimitPerMinute.toOptional();
    }

    /**
     * @return the <code>rateLimitPerHour</code> field; empty when null
     */
    public Optional<Long> rateLimitPerHour() {
        return rateLimitPerHour.toOptional();
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
        if (!(other instanceof WorkflowRateLimit)) {
            return false;
        }
        WorkflowRateLimit that = (WorkflowRateLimit) other;
        return Objects.deepEquals(rateLimitPerMinute, that.rateLimitPerMinute)
                && Objects.deepEquals(rateLimitPerHour, that.rateLimitPerHour)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {rateLimitPerMinute, rateLimitPerHour, additionalProperties});
    }

    @Override
    public String toString() {
        return "WorkflowRateLimit{"
                + "rateLimitPerMinute=" + rateLimitPerMinute
                + ", rateLimitPerHour=" + rateLimitPerHour
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link WorkflowRateLimit}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<Long> rateLimitPerMinute = JsonNullable.undefined();
        private JsonNullable<Long> rateLimitPerHour = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(WorkflowRateLimit source) {
            this.rateLimitPerMinute = source.rateLimitPerMinute;
            this.rateLimitPerHour = source.rateLimitPerHour;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>rateLimitPerMinute</code> (required; null is sent as JSON null).
         *
         * @param rateLimitPerMinute the value
         * @return this builder
         */
        @JsonProperty("rateLimitPerMinute")
        public Builder rateLimitPerMinute(Long rateLimitPerMinute) {
            this.rateLimitPerMinute = JsonNullable.of(rateLimitPerMinute);
            return this;
        }

        /**
         * Sets <code>rateLimitPerHour</code> (required; null is sent as JSON null).
         *
         * @param rateLimitPerHour the value
         * @return this builder
         */
        @JsonProperty("rateLimitPerHour")
        public Builder rateLimitPerHour(Long rateLimitPerHour) {
            this.rateLimitPerHour = JsonNullable.of(rateLimitPerHour);
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
         * @return a new {@link WorkflowRateLimit}
         */
        public WorkflowRateLimit build() {
            return new WorkflowRateLimit(this);
        }

        private WorkflowRateLimit buildFromJson() {
            return new WorkflowRateLimit(this);
        }
    }
}
