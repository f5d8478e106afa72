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
 * The RefreshRequested model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RefreshRequested.Builder.class)
public final class RefreshRequested {
    @JsonProperty("agentId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String agentId;

    @JsonProperty("delivered")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean delivered;

    private final Map<String, Object> additionalProperties;

    private RefreshRequested(Builder builder) {
        this.agentId = builder.agentId;
        this.delivered = builder.delivered;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RefreshRequested}.
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
     * @return the <code>agentId</code> field (required)
     */
    public String agentId() {
        return agentId;
    }

    /**
     * Whether the agent's stream was open; if not
     *
     * @return the <code>delivered</code> field (required)
     */
    public Boolean delivered() {
        return delivered;
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
        if (!(other instanceof RefreshRequested)) {
            return false;
        }
        RefreshRequested that = (RefreshRequested) other;
        return Objects.deepEquals(agentId, that.agentId)
                && Objects.deepEquals(delivered, that.delivered)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {agentId, delivered, additionalProperties});
    }

    @Override
    public String toString() {
        return "RefreshRequested{"
                + "agentId=" + agentId
                + ", delivered=" + delivered
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RefreshRequested}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String agentId;
        private Boolean delivered;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RefreshRequested source) {
            this.agentId = source.agentId;
            this.delivered = source.delivered;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>agentId</code> (required).
         *
         * @param agentId the value
         * @return this builder
         */
        @JsonProperty("agentId")
        public Builder agentId(String agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * Sets <code>delivered</code> (required).
         *
         * @param delivered the value
         * @return this builder
         */
        @JsonProperty("delivered")
        public Builder delivered(Boolean delivered) {
            this.delivered = delivered;
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
         * @return a new {@link RefreshRequested}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public RefreshRequested build() {
            Checks.required(agentId, "RefreshRequested.agentId");
            Checks.required(delivered, "RefreshRequested.delivered");
            return new RefreshRequested(this);
        }

        private RefreshRequested buildFromJson() {
            return new RefreshRequested(this);
        }
    }
}
