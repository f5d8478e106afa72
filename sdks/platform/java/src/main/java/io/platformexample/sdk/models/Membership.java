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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant the person belongs to, and their role there.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Membership.Builder.class)
public final class Membership {
    @JsonProperty("tenantId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantId;

    @JsonProperty("tenantName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantName;

    @JsonProperty("tenantSlug")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantSlug;

    @JsonProperty("role")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Role role;

    @JsonProperty("isRoot")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isRoot;

    private final Map<String, Object> additionalProperties;

    private Membership(Builder builder) {
        this.tenantId = builder.tenantId;
        this.tenantName = builder.tenantName;
        this.tenantSlug = builder.tenantSlug;
        this.role = builder.role;
        this.isRoot = builder.isRoot;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Membership}.
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
     * @return the <code>tenantId</code> field (required)
     */
    public String tenantId() {
        return tenantId;
    }

    /**
     * The tenant's name.
     *
     * @return the <code>tenantName</code> field (required)
     */
    public String tenantName() {
        return tenantName;
    }

    /**
     * The tenant's slug.
     *
     * @return the <code>tenantSlug</code> field (required)
     */
    public String tenantSlug() {
        return tenantSlug;
    }

    /**
     * @return the <code>role</code> field (required)
     */
    public Role role() {
        return role;
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
        if (!(other instanceof Membership)) {
            return false;
        }
        Membership that = (Membership) other;
        return Objects.deepEquals(tenantId, that.tenantId)
                && Objects.deepEquals(tenantName, that.tenantName)
                && Objects.deepEquals(tenantSlug, that.tenantSlug)
                && Objects.deepEquals(role, that.role)
                && Objects.deepEquals(isRoot, that.isRoot)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {tenantId, tenantName, tenantSlug, role, isRoot, additionalProperties});
    }

    @Override
    public String toString() {
        return "Membership{"
                + "tenantId=" + tenantId
                + ", tenantName=" + tenantName
                + ", tenantSlug=" + tenantSlug
                + ", role=" + role
                + ", isRoot=" + isRoot
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Membership}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String tenantId;
        private String tenantName;
        private String tenantSlug;
        private Role role;
        private Boolean isRoot;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Membership source) {
            this.tenantId = source.tenantId;
            this.tenantName = source.tenantName;
            this.tenantSlug = source.tenantSlug;
            this.role = source.role;
            this.isRoot = source.isRoot;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>tenantId</code> (required).
         *
         * @param tenantId the value
         * @return this builder
         */
        @JsonProperty("tenantId")
        public Builder tenantId(String tenantId) {
            this.tenantId = tenantId;
            return this;
        }

        /**
         * Sets <code>tenantName</code> (required).
         *
         * @param tenantName the value
         * @return this builder
         */
        @JsonProperty("tenantName")
        public Builder tenantName(String tenantName) {
            this.tenantName = tenantName;
            return this;
        }

        /**
         * Sets <code>tenantSlug</code> (required).
         *
         * @param tenantSlug the value
         * @return this builder
         */
        @JsonProperty("tenantSlug")
        public Builder tenantSlug(String tenantSlug) {
            this.tenantSlug = tenantSlug;
            return this;
        }

        /**
         * Sets <code>role</code> (required).
         *
         * @param role the value
         * @return this builder
         */
        @JsonProperty("role")
        public Builder role(Role role) {
            this.role = role;
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
         * @return a new {@link Membership}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Membership build() {
            Checks.required(tenantId, "Membership.tenantId");
            Checks.required(tenantName, "Membership.tenantName");
            Checks.required(tenantSlug, "Membership.tenantSlug");
            Checks.required(role, "Membership.role");
            Checks.required(isRoot, "Membership.isRoot");
            return new Membership(this);
        }

        private Membership buildFromJson() {
            return new Membership(this);
        }
    }
}
