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
 * The AgentEnrollRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = AgentEnrollRequest.Builder.class)
public final class AgentEnrollRequest {
    @JsonProperty("hostname")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> hostname;

    @JsonProperty("version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> version;

    private final Map<String, Object> additionalProperties;

    private AgentEnrollRequest(Builder builder) {
        this.hostname = builder.hostname;
        this.version = builder.version;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code AgentEnrollRequest}.
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
     * @return the <code>hostname</code> field; empty when absent
     */
    public Optional<String> hostname() {
        return hostname.toOptional();
    }

    /**
     * @return the <code>version</code> field; empty when absent
     */
    public Optional<String> version() {
        return version.toOptional();
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
        if (!(other instanceof AgentEnrollRequest)) {
            return false;
        }
        AgentEnrollRequest that = (AgentEnrollRequest) other;
        return Objects.deepEquals(hostname, that.hostname)
                && Objects.deepEquals(version, that.version)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {hostname, version, additionalProperties});
    }

    @Override
    public String toString() {
        return "AgentEnrollRequest{"
                + "hostname=" + hostname
                + ", version=" + version
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link AgentEnrollRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> hostname = JsonNullable.undefined();
        private JsonNullable<String> version = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(AgentEnrollRequest source) {
            this.hostname = source.hostname;
            this.version = source.version;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>hostname</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param hostname the value
         * @return this builder
         */
        @JsonProperty("hostname")
        public Builder hostname(String hostname) {
            this.hostname = JsonNullable.of(hostname);
            return this;
        }

        /**
         * Sets <code>version</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param version the value
         * @return this builder
         */
        @JsonProperty("version")
        public Builder version(String version) {
            this.version = JsonNullable.of(version);
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
         * @return a new {@link AgentEnrollRequest}
         */
        public AgentEnrollRequest build() {
            return new AgentEnrollRequest(this);
        }

        private AgentEnrollRequest buildFromJson() {
            return new AgentEnrollRequest(this);
        }
    }
}
