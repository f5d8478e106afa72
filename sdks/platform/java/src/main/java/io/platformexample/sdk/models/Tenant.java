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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Tenant.Builder.class)
public final class Tenant {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("slug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String slug;

    @JsonProperty("isRoot")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isRoot;

    @JsonProperty("isActive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isActive;

    @JsonProperty("memberCount")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long memberCount;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("updatedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime updatedAt;

    private final Map<String, Object> additionalProperties;

    private Tenant(Builder builder) {
        this.id = builder.id;
        this.name = builder.name;
        this.slug = builder.slug;
        this.isRoot = builder.isRoot;
        this.isActive = builder.isActive;
        this.memberCount = builder.memberCount;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Tenant}.
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
     * The tenant's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The tenant's name.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * A unique, URL-safe form of the name.
     *
     * @return the <code>slug</code> field (required)
     */
    public String slug() {
        return slug;
    }

    /**
     * Whether this is the platform's root tenant.
     *
     * @return the <code>isRoot</code> field (required)
     */
    public Boolean isRoot() {
        return isRoot;
    }

    /**
     * Whether the tenant may be used.
     *
     * @return the <code>isActive</code> field (required)
     */
    public Boolean isActive() {
        return isActive;
    }

    /**
     * How many members it has.
     *
     * @return the <code>memberCount</code> field (required)
     */
    public Long memberCount() {
        return memberCount;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * @return the <code>updatedAt</code> field (required)
     */
    public OffsetDateTime updatedAt() {
        return updatedAt;
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
        if (!(other instanceof Tenant)) {
            return false;
        }
        Tenant that = (Tenant) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(name, that.name)
                && Objects.deepEquals(slug, that.slug)
                && Objects.deepEquals(isRoot, that.isRoot)
                && Objects.deepEquals(isActive, that.isActive)
                && Objects.deepEquals(memberCount, that.memberCount)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(updatedAt, that.updatedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, name, slug, isRoot, isActive, memberCount, createdAt, updatedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Tenant{"
                + "id=" + id
                + ", name=" + name
                + ", slug=" + slug
                + ", isRoot=" + isRoot
                + ", isActive=" + isActive
                + ", memberCount=" + memberCount
                + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Tenant}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String name;
        private String slug;
        private Boolean isRoot;
        private Boolean isActive;
        private Long memberCount;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Tenant source) {
            this.id = source.id;
            this.name = source.name;
            this.slug = source.slug;
            this.isRoot = source.isRoot;
            this.isActive = source.isActive;
            this.memberCount = source.memberCount;
            this.createdAt = source.createdAt;
            this.updatedAt = source.updatedAt;
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
         * Sets <code>slug</code> (required).
         *
         * @param slug the value
         * @return this builder
         */
        @JsonProperty("slug")
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * Sets <code>isRoot</code> (required).
         *
         * @param isRoot the value
         * @return this builder
         */
        @JsonProperty("isRoot")
        public Builder isRoot(Boolean isRoot) {
            this.isRoot = isRoot;
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
         * Sets <code>memberCount</code> (required).
         *
         * @param memberCount the value
         * @return this builder
         */
        @JsonProperty("memberCount")
        public Builder memberCount(Long memberCount) {
            this.memberCount = memberCount;
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
         * Sets <code>updatedAt</code> (required).
         *
         * @param updatedAt the value
         * @return this builder
         */
        @JsonProperty("updatedAt")
        public Builder updatedAt(OffsetDateTime updatedAt) {
            this.updatedAt = updatedAt;
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
         * @return a new {@link Tenant}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Tenant build() {
            Checks.required(id, "Tenant.id");
            Checks.required(name, "Tenant.name");
            Checks.required(slug, "Tenant.slug");
            Checks.required(isRoot, "Tenant.isRoot");
            Checks.required(isActive, "Tenant.isActive");
            Checks.required(memberCount, "Tenant.memberCount");
            Checks.required(createdAt, "Tenant.createdAt");
            Checks.required(updatedAt, "Tenant.updatedAt");
            return new Tenant(this);
        }

        private Tenant buildFromJson() {
            return new Tenant(this);
        }
    }
}
