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
 * The data of a <code>refresh</code> event.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RefreshEvent.Builder.class)
public final class RefreshEvent implements AgentEvent {
    @JsonProperty("requestedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime requestedAt;

    private final Map<String, Object> additionalProperties;

    private RefreshEvent(Builder builder) {
        this.requestedAt = builder.requestedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RefreshEvent}.
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
     * @return the <code>requestedAt</code> field (required)
     */
    public OffsetDateTime requestedAt() {
        return requestedAt;
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
        if (!(other instanceof RefreshEvent)) {
            return false;
        }
        RefreshEvent that = (RefreshEvent) other;
        return Objects.deepEquals(requestedAt, that.requestedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {requestedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "RefreshEvent{"
                + "requestedAt=" + requestedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RefreshEvent}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private OffsetDateTime requestedAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RefreshEvent source) {
            this.requestedAt = source.requestedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>requestedAt</code> (required).
         *
         * @param requestedAt the value
         * @return this builder
         */
        @JsonProperty("requestedAt")
        public Builder requestedAt(OffsetDateTime requestedAt) {
            this.requestedAt = requestedAt;
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
         * @return a new {@link RefreshEvent}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public RefreshEvent build() {
            Checks.required(requestedAt, "RefreshEvent.requestedAt");
            return new RefreshEvent(this);
        }

        private RefreshEvent buildFromJson() {
            return new RefreshEvent(this);
        }
    }
}
