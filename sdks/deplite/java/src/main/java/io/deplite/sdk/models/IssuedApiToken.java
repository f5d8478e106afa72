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

/**
 * An API token together with its value, returned only when it is issued or rotated.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = IssuedApiToken.Builder.class)
public final class IssuedApiToken {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("orgId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String orgId;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("prefix")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String prefix;

    @JsonProperty("scopeType")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final TokenScope scopeType;

    @JsonProperty("triggerIds")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<String> triggerIds;

    @JsonProperty("rateLimitPerMinute")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerMinute;

    @JsonProperty("rateLimitPerHour")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<Long> rateLimitPerHour;

    @JsonProperty("expiresAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> expiresAt;

    @JsonProperty("lastUsedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> lastUsedAt;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("plainToken")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String plainToken;

    private final Map<String, Object> additionalProperties;

    private IssuedApiToken(Builder builder) {
        this.id = builder.id;
        this.orgId = builder.orgId;
        this.name = builder.name;
        this.prefix = builder.prefix;
        this.scopeType = builder.scopeType;
        this.triggerIds = builder.triggerIds;
        this.rateLimitPerMinute = builder.rateLimitPerMinute;
        this.rateLimitPerHour = builder.rateLimitPerHour;
        this.expiresAt = builder.expiresAt;
        this.lastUsedAt = builder.lastUsedAt;
        this.createdAt = builder.createdAt;
        this.plainToken = builder.plainToken;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code IssuedApiToken}.
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
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * @return the <code>orgId</code> field (required)
     */
    public String orgId() {
        return orgId;
    }

    /**
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * The value's first characters (<code>tk_3f9a</code>), to recognise it by.
     *
     * @return the <code>prefix</code> field (required)
     */
    public String prefix() {
        return prefix;
    }

    /**
     * @return the <code>scopeType</code> field (required)
     */
    public TokenScope scopeType() {
        return scopeType;
    }

    /**
     * @return the <code>triggerIds</code> field (required)
     */
    public List<String> triggerIds() {
        return triggerIds;
    }

    /**
     * Runs allowed per minute; null for no limit.
     *
     * @return the <code>rateLimitPerMinute</code> field: absent, null, or a value
     */
    public JsonNullable<Long> rateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    /**
     * Runs allowed per hour; null for no limit.
     *
     * @return the <code>rateLimitPerHour</code> field: absent, null, or a value
     */
    public JsonNullable<Long> rateLimitPerHour() {
        return rateLimitPerHour;
    }

    /**
     * @return the <code>expiresAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> expiresAt() {
        return expiresAt;
    }

    /**
     * @return the <code>lastUsedAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> lastUsedAt() {
        return lastUsedAt;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * The token's value (<code>tk_...</code>). Store it: it is not shown again.
     *
     * @return the <code>plainToken</code> field (required)
     */
    public String plainToken() {
        return plainToken;
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
        if (!(other instanceof IssuedApiToken)) {
            return false;
        }
        IssuedApiToken that = (IssuedApiToken) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(orgId, that.orgId)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(prefix, that.prefix)
                && Objects.deepEquals(scopeType, that.scopeType)
                && Objects.deepEquals(triggerIds, that.triggerIds)
                && Objects.deepEquals(rateLimitPerMinute, that.rateLimitPerMinute)
                && Objects.deepEquals(rateLimitPerHour, that.rateLimitPerHour)
                && Objects.deepEquals(expiresAt, that.expiresAt)
                && Objects.deepEquals(lastUsedAt, that.lastUsedAt)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(plainToken, that.plainToken)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, orgId, name, prefix, scopeType, triggerIds, rateLimitPerMinute, rateLimitPerHour, expiresAt, lastUsedAt, createdAt, plainToken, additionalProperties});
    }

    @Override
    public String toString() {
        return "IssuedApiToken{"
                + "id=" + id
                + ", orgId=" + orgId
                + ", name=" + name
                + ", prefix=" + prefix
                + ", scopeType=" + scopeType
                + ", triggerIds=" + triggerIds
                + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", rateLimitPerHour=" + rateLimitPerHour
                + ", expiresAt=" + expiresAt
                + ", lastUsedAt=" + lastUsedAt
                + ", createdAt=" + createdAt
                + ", plainToken=" + plainToken
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link IssuedApiToken}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String orgId;
        private String name;
        private String prefix;
        private TokenScope scopeType;
        private List<String> triggerIds;
        private JsonNullable<Long> rateLimitPerMinute = JsonNullable.undefined();
        private JsonNullable<Long> rateLimitPerHour = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> expiresAt = JsonNullable.undefined();
        private JsonNullable<OffsetDateTime> lastUsedAt = JsonNullable.undefined();
        private OffsetDateTime createdAt;
        private String plainToken;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(IssuedApiToken source) {
            this.id = source.id;
            this.orgId = source.orgId;
            this.name = source.name;
            this.prefix = source.prefix;
            this.scopeType = source.scopeType;
            this.triggerIds = source.triggerIds;
            this.rateLimitPerMinute = source.rateLimitPerMinute;
            this.rateLimitPerHour = source.rateLimitPerHour;
            this.expiresAt = source.expiresAt;
            this.lastUsedAt = source.lastUsedAt;
            this.createdAt = source.createdAt;
            this.plainToken = source.plainToken;
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
         * Sets <code>orgId</code> (required).
         *
         * @param orgId the value
         * @return this builder
         */
        @JsonProperty("orgId")
        public Builder orgId(String orgId) {
            this.orgId = orgId;
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
         * Sets <code>prefix</code> (required).
         *
         * @param prefix the value
         * @return this builder
         */
        @JsonProperty("prefix")
        public Builder prefix(String prefix) {
            this.prefix = prefix;
            return this;
        }

        /**
         * Sets <code>scopeType</code> (required).
         *
         * @param scopeType the value
         * @return this builder
         */
        @JsonProperty("scopeType")
        public Builder scopeType(TokenScope scopeType) {
            this.scopeType = scopeType;
            return this;
        }

        /**
         * Sets <code>triggerIds</code> (required).
         *
         * @param triggerIds the value
         * @return this builder
         */
        @JsonProperty("triggerIds")
        public Builder triggerIds(List<String> triggerIds) {
            this.triggerIds = triggerIds;
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
         * Sets <code>plainToken</code> (required).
         *
         * @param plainToken the value
         * @return this builder
         */
        @JsonProperty("plainToken")
        public Builder plainToken(String plainToken) {
            this.plainToken = plainToken;
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
         * @return a new {@link IssuedApiToken}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public IssuedApiToken build() {
            Checks.required(id, "IssuedApiToken.id");
            Checks.required(orgId, "IssuedApiToken.orgId");
            Checks.required(name, "IssuedApiToken.name");
            Checks.required(prefix, "IssuedApiToken.prefix");
            Checks.required(scopeType, "IssuedApiToken.scopeType");
            Checks.required(triggerIds, "IssuedApiToken.triggerIds");
            Checks.required(createdAt, "IssuedApiToken.createdAt");
            Checks.required(plainToken, "IssuedApiToken.plainToken");
            return new IssuedApiToken(this);
        }

        private IssuedApiToken buildFromJson() {
            return new IssuedApiToken(this);
        }
    }
}
