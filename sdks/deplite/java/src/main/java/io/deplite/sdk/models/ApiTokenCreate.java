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
 * The ApiTokenCreate model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = ApiTokenCreate.Builder.class)
public final class ApiTokenCreate {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("scopeType")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<TokenScope> scopeType;

    @JsonProperty("triggerIds")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<List<String>> triggerIds;

    @JsonProperty("rateLimitPerMinute")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerMinute;

    @JsonProperty("rateLimitPerHour")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerHour;

    @JsonProperty("expiresAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> expiresAt;

    private final Map<String, Object> additionalProperties;

    private ApiTokenCreate(Builder builder) {
        this.name = builder.name;
        this.scopeType = builder.scopeType;
        this.triggerIds = builder.triggerIds;
        this.rateLimitPerMinute = builder.rateLimitPerMinute;
        this.rateLimitPerHour = builder.rateLimitPerHour;
        this.expiresAt = builder.expiresAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code ApiTokenCreate}.
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
     * @return the <code>scopeType</code> field; empty when absent
     */
    public Optional<TokenScope> scopeType() {
        return scopeType.toOptional();
    }

    /**
     * With <code>scopeType</code> <code>trigger</code>, the triggers it may run (at least one).
     *
     * @return the <code>triggerIds</code> field; empty when absent
     */
    public Optional<List<String>> triggerIds() {
        return triggerIds.toOptional();
    }

    /**
     * @return the <code>rateLimitPerMinute</code> field; empty when absent
     */
    public Optional<Long> rateLimitPerMinute() {
        return rateLimitPerMinute.toOptional();
    }

    /**
     * @return the <code>rateLimitPerHour</code> field; empty when absent
     */
    public Optional<Long> rateLimitPerHour() {
        return rateLimitPerHour.toOptional();
    }

    /**
     * @return the <code>expiresAt</code> field; empty when absent
     */
    public Optional<OffsetDateTime> expiresAt() {
        return expiresAt.toOptional();
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
        if (!(other instanceof ApiTokenCreate)) {
            return false;
        }
        ApiTokenCreate that = (ApiTokenCreate) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(scopeType, that.scopeType)
                && Objects.deepEquals(triggerIds, that.triggerIds)
                && Objects.deepEquals(rateLimitPerMinute, that.rateLimitPerMinute)
                && Objects.deepEquals(rateLimitPerHour, that.rateLimitPerHour)
                && Objects.deepEquals(expiresAt, that.expiresAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, scopeType, triggerIds, rateLimitPerMinute, rateLimitPerHour, expiresAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "ApiTokenCreate{"
                + "name=" + name
                + ", scopeType=" + scopeType
                + ", triggerIds=" + triggerIds
                + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", rateLimitPerHour=" + rateLimitPerHour
                + ", expiresAt=" + expiresAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link ApiTokenCreate}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private JsonNullable<TokenScope> scopeType = JsonNullable.undefined();
        private JsonNullable<List<String>> triggerIds = JsonNullable.undefined();
        private JsonNullable<Long> rateLimitPerMinute = JsonNullable.undefined();
        private JsonNullable<Long> rateLimitPerHour = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> expiresAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(ApiTokenCreate source) {
            this.name = source.name;
            this.scopeType = source.scopeType;
            this.triggerIds = source.triggerIds;
            this.rateLimitPerMinute = source.rateLimitPerMinute;
            this.rateLimitPerHour = source.rateLimitPerHour;
            this.expiresAt = source.expiresAt;
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
         * Sets <code>scopeType</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param scopeType the value
         * @return this builder
         */
        @JsonProperty("scopeType")
        public Builder scopeType(TokenScope scopeType) {
            this.scopeType = JsonNullable.of(scopeType);
            return this;
        }

        /**
         * Sets <code>triggerIds</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param triggerIds the value
         * @return this builder
         */
        @JsonProperty("triggerIds")
        public Builder triggerIds(List<String> triggerIds) {
            this.triggerIds = JsonNullable.of(triggerIds);
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
         * Sets <code>expiresAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param expiresAt the value
         * @return this builder
         */
        @JsonProperty("expiresAt")
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = JsonNullable.of(expiresAt);
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
         * @return a new {@link ApiTokenCreate}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public ApiTokenCreate build() {
            Checks.required(name, "ApiTokenCreate.name");
            return new ApiTokenCreate(this);
        }

        private ApiTokenCreate buildFromJson() {
            return new ApiTokenCreate(this);
        }
    }
}
