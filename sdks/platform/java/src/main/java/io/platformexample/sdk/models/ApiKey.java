package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.Checks;
import io.platformexample.sdk.core.JsonNullable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An API key, without its secret part.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = ApiKey.Builder.class)
public final class ApiKey {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("keyPreview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String keyPreview;

    @JsonProperty("authority")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Authority authority;

    @JsonProperty("createdBy")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String createdBy;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("lastUsedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> lastUsedAt;

    @JsonProperty("isActive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isActive;

    private final Map<String, Object> additionalProperties;

    private ApiKey(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.keyPreview = builder.keyPreview;
        this.authority = builder.authority;
        this.createdBy = builder.createdBy;
        this.createdAt = builder.createdAt;
        this.lastUsedAt = builder.lastUsedAt;
        this.isActive = builder.isActive;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code ApiKey}.
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
     * The key's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * What the key is for.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * The key's last eight characters.
     *
     * @return the <code>keyPreview</code> field (required)
     */
    public String keyPreview() {
        return keyPreview;
    }

    /**
     * @return the <code>authority</code> field (required)
     */
    public Authority authority() {
        return authority;
    }

    /**
     * The id of the account that made it.
     *
     * @return the <code>createdBy</code> field (required)
     */
    public String createdBy() {
        return createdBy;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * When it last authenticated a call, if ever.
     *
     * @return the <code>lastUsedAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> lastUsedAt() {
        return lastUsedAt;
    }

    /**
     * Whether it still works.
     *
     * @return the <code>isActive</code> field (required)
     */
    public Boolean isActive() {
        return isActive;
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
        if (!(other instanceof ApiKey)) {
            return false;
        }
        ApiKey that = (ApiKey) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(keyPreview, that.keyPreview)
                && Objects.deepEquals(authority, that.authority)
                && Objects.deepEquals(createdBy, that.createdBy)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(lastUsedAt, that.lastUsedAt)
                && Objects.deepEquals(isActive, that.isActive)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, name, keyPreview, authority, createdBy, createdAt, lastUsedAt, isActive, additionalProperties});
    }

    @Override
    public String toString() {
        return "ApiKey{"
                + "id=" + id
                + ", name=" + name
                + ", keyPreview=" + keyPreview
                + ", authority=" + authority
                + ", createdBy=" + createdBy
                + ", createdAt=" + createdAt
                + ", lastUsedAt=" + lastUsedAt
                + ", isActive=" + isActive
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link ApiKey}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String name;
        private String keyPreview;
        private Authority authority;
        private String createdBy;
        private OffsetDateTime createdAt;
        private JsonNullable<OffsetDateTime> lastUsedAt = JsonNullable.undefined();
        private Boolean isActive;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(ApiKey source) {
            this.id = source.id;
            this.name = source.name;
            this.keyPreview = source.keyPreview;
            this.authority = source.authority;
            this.createdBy = source.createdBy;
            this.createdAt = source.createdAt;
            this.lastUsedAt = source.lastUsedAt;
            this.isActive = source.isActive;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(String id) {
            this.id = id;
            return this;
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
         * Sets <code>keyPreview</code> (required).
         *
         * @param keyPreview the value
         * @return this builder
         */
        @JsonProperty("keyPreview")
        public Builder keyPreview(String keyPreview) {
            this.keyPreview = keyPreview;
            return this;
        }

        /**
         * Sets <code>authority</code> (required).
         *
         * @param authority the value
         * @return this builder
         */
        @JsonProperty("authority")
        public Builder authority(Authority authority) {
            this.authority = authority;
            return this;
        }

        /**
         * Sets <code>createdBy</code> (required).
         *
         * @param createdBy the value
         * @return this builder
         */
        @JsonProperty("createdBy")
        public Builder createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        /**
         * Sets <code>createdAt</code> (required).
         *
         * @param createdAt the value
         * @return this builder
         */
        @JsonProperty("createdAt")
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>lastUsedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param lastUsedAt the value
         * @return this builder
         */
        @JsonProperty("lastUsedAt")
        public Builder lastUsedAt(OffsetDateTime lastUsedAt) {
            this.lastUsedAt = JsonNullable.of(lastUsedAt);
            return this;
        }

        /**
         * Sets <code>isActive</code> (required).
         *
         * @param isActive the value
         * @return this builder
         */
        @JsonProperty("isActive")
        public Builder isActive(Boolean isActive) {
            this.isActive = isActive;
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
         * @return a new {@link ApiKey}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public ApiKey build() {
            Checks.required(id, "ApiKey.id");
            Checks.required(name, "ApiKey.name");
            Checks.required(keyPreview, "ApiKey.keyPreview");
            Checks.required(authority, "ApiKey.authority");
            Checks.required(createdBy, "ApiKey.createdBy");
            Checks.required(createdAt, "ApiKey.createdAt");
            Checks.required(isActive, "ApiKey.isActive");
            return new ApiKey(this);
        }

        private ApiKey buildFromJson() {
            return new ApiKey(this);
        }
    }
}
