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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Heartbeat model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Heartbeat.Builder.class)
public final class Heartbeat {
    @JsonProperty("version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> version;

    @JsonProperty("runningJobs")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<List<String>> runningJobs;

    private final Map<String, Object> additionalProperties;

    private Heartbeat(Builder builder) {
        this.version = builder.version;
        this.runningJobs = builder.runningJobs;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Heartbeat}.
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
     * @return the <code>version</code> field; empty when absent
     */
    public Optional<String> version() {
        return version.toOptional();
    }

    /**
     * @return the <code>runningJobs</code> field; empty when absent
     */
    public Optional<List<String>> runningJobs() {
        return runningJobs.toOptional();
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
        if (!(other instanceof Heartbeat)) {
            return false;
        }
        Heartbeat that = (Heartbeat) other;
        return Objects.deepEquals(version, that.version)
                && Objects.deepEquals(runningJobs, that.runningJobs)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {version, runningJobs, additionalProperties});
    }

    @Override
    public String toString() {
        return "Heartbeat{"
                + "version=" + version
                + ", runningJobs=" + runningJobs
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Heartbeat}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> version = JsonNullable.undefined();
        private JsonNullable<List<String>> runningJobs = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Heartbeat source) {
            this.version = source.version;
            this.runningJobs = source.runningJobs;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>runningJobs</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param runningJobs the value
         * @return this builder
         */
        @JsonProperty("runningJobs")
        public Builder runningJobs(List<String> runningJobs) {
            this.runningJobs = JsonNullable.of(runningJobs);
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
         * @return a new {@link Heartbeat}
         */
        public Heartbeat build() {
            return new Heartbeat(this);
        }

        private Heartbeat buildFromJson() {
            return new Heartbeat(this);
        }
    }
}
