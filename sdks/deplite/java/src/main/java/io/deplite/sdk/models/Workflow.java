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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Workflow model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Workflow.Builder.class)
public final class Workflow {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("secretsKeys")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> secretsKeys;

    @JsonProperty("rateLimitPerMinute")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerMinute;

    @JsonProperty("rateLimitPerHour")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerHour;

    @JsonProperty("reportedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> reportedAt;

    private final Map<String, Object> additionalProperties;

    private Workflow(Builder builder) {
        this.name = builder.name;
        this.secretsKeys = builder.secretsKeys;
        this.rateLimitPerMinute = builder.rateLimitPerMinute;
        this.rateLimitPerHour = builder.rateLimitPerHour;
        this.reportedAt = builder.reportedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Workflow}.
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
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * The names of the secrets the workflow reads on the agent.
     *
     * @return the <code>secretsKeys</code> field (required)
     */
    public List<String> secretsKeys() {
        return secretsKeys;
    }

    /**
     * @return the <code>rateLimitPerMinute</code> field: absent, null, or a value
     */
    public JsonNullable<Long> rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    /**
     * @return the <code>rateLimitPerHour</code> field: absent, null, or a value
     */
    public JsonNullable<Long> rateLimitPerHour() {
        return rateLimitPerHour;
    }

    /**
     * @return the <code>reportedAt</code> field; empty when absent
     */
    public Optional<OffsetDateTime> reportedAt() {
        return reportedAt.toOptional();
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
        if (!(other instanceof Workflow)) {
            return false;
        }
        Workflow that = (Workflow) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(secretsKeys, that.secretsKeys)
                && Objects.deepEquals(rateLimitPerMinute, that.rateLimitPerMinute)
                && Objects.deepEquals(rateLimitPerHour, that.rateLimitPerHour)
                && Objects.deepEquals(reportedAt, that.reportedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, secretsKeys, rateLimitPerMinute, rateLimitPerHour, reportedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Workflow{"
                + "name=" + name
                + ", secretsKeys=" + secretsKeys
                + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", rateLimitPerHour=" + rateLimitPerHour
                + ", reportedAt=" + reportedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Workflow}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private List<String> secretsKeys;
        private JsonNullable<Long> rateLimitPerMinute = JsonNullable.undefined();
        private JsonNullable<Long> rateLimitPerHour = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> reportedAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Workflow source) {
            this.name = source.name;
            this.secretsKeys = source.secretsKeys;
            this.rateLimitPerMinute = source.rateLimitPerMinute;
            this.rateLimitPerHour = source.rateLimitPerHour;
            this.reportedAt = source.reportedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>name</code> (required).
         *
         * @param name the value
         * @return this builder
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>secretsKeys</code> (required).
         *
         * @param secretsKeys the value
         * @return this builder
         */
        @JsonProperty("secretsKeys")
        public Builder secretsKeys(List<String> secretsKeys) {
            this.secretsKeys = secretsKeys;
            return this;
        }

        /**
         * Sets <code>rateLimitPerMinute</code>; null is sent as JSON null, and a field never set is left out.
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
         * Sets <code>rateLimitPerHour</code>; null is sent as JSON null, and a field never set is left out.
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
         * Sets <code>reportedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param reportedAt the value
         * @return this builder
         */
        @JsonProperty("reportedAt")
        public Builder reportedAt(OffsetDateTime reportedAt) {
            this.reportedAt = JsonNullable.of(reportedAt);
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
         * @return a new {@link Workflow}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Workflow build() {
            Checks.required(name, "Workflow.name");
            Checks.required(secretsKeys, "Workflow.secretsKeys");
            return new Workflow(this);
        }

        private Workflow buildFromJson() {
            return new Workflow(this);
        }
    }
}
