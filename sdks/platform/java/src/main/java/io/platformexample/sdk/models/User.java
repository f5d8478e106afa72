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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's account.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = User.Builder.class)
public final class User {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("email")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String email;

    @JsonProperty("displayName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String displayName;

    @JsonProperty("emailVerified")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean emailVerified;

    @JsonProperty("isActive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Boolean isActive;

    @JsonProperty("authMethods")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<AuthMethod> authMethods;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("updatedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime updatedAt;

    @JsonProperty("lastLoginAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> lastLoginAt;

    private final Map<String, Object> additionalProperties;

    private User(Builder builder) {
        this.id = builder.id;
        this.email = builder.email;
        this.displayName = builder.displayName;
        this.emailVerified = builder.emailVerified;
        this.isActive = builder.isActive;
        this.authMethods = builder.authMethods;
        this.createdAt = builder.createdAt;
        this.updatedAt = builder.updatedAt;
        this.lastLoginAt = builder.lastLoginAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code User}.
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
     * The account's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * @return the <code>email</code> field (required)
     */
    public String email() {
        return email;
    }

    /**
     * The name shown to other members.
     *
     * @return the <code>displayName</code> field (required)
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether the address was confirmed.
     *
     * @return the <code>emailVerified</code> field (required)
     */
    public Boolean emailVerified() {
        return emailVerified;
    }

    /**
     * Whether the account may sign in.
     *
     * @return the <code>isActive</code> field (required)
     */
    public Boolean isActive() {
        return isActive;
    }

    /**
     * How the account can sign in.
     *
     * @return the <code>authMethods</code> field (required)
     */
    public List<AuthMethod> authMethods() {
        return authMethods;
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
     * The last successful sign-in, if any.
     *
     * @return the <code>lastLoginAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> lastLoginAt() {
        return lastLoginAt;
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
        if (!(other instanceof User)) {
            return false;
        }
        User that = (User) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(email, that.email)
                && Objects.deepEquals(displayName, that.displayName)
                && Objects.deepEquals(emailVerified, that.emailVerified)
                && Objects.deepEquals(isActive, that.isActive)
                && Objects.deepEquals(authMethods, that.authMethods)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(updatedAt, that.updatedAt)
                && Objects.deepEquals(lastLoginAt, that.lastLoginAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, email, displayName, emailVerified, isActive, authMethods, createdAt, updatedAt, lastLoginAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "User{"
                + "id=" + id
                + ", email=" + email
                + ", displayName=" + displayName
                + ", emailVerified=" + emailVerified
                + ", isActive=" + isActive
                + ", authMethods=" + authMethods
                + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt
                + ", lastLoginAt=" + lastLoginAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link User}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String email;
        private String displayName;
        private Boolean emailVerified;
        private Boolean isActive;
        private List<AuthMethod> authMethods;
        private OffsetDateTime createdAt;
        private OffsetDateTime updatedAt;
        private JsonNullable<OffsetDateTime> lastLoginAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(User source) {
            this.id = source.id;
            this.email = source.email;
            this.displayName = source.displayName;
            this.emailVerified = source.emailVerified;
            this.isActive = source.isActive;
            this.authMethods = source.authMethods;
            this.createdAt = source.createdAt;
            this.updatedAt = source.updatedAt;
            this.lastLoginAt = source.lastLoginAt;
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
         * Sets <code>email</code> (required).
         *
         * @param email the value
         * @return this builder
         */
        @JsonProperty("email")
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /**
         * Sets <code>displayName</code> (required).
         *
         * @param displayName the value
         * @return this builder
         */
        @JsonProperty("displayName")
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Sets <code>emailVerified</code> (required).
         *
         * @param emailVerified the value
         * @return this builder
         */
        @JsonProperty("emailVerified")
        public Builder emailVerified(Boolean emailVerified) {
            this.emailVerified = emailVerified;
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
         * Sets <code>authMethods</code> (required).
         *
         * @param authMethods the value
         * @return this builder
         */
        @JsonProperty("authMethods")
        public Builder authMethods(List<AuthMethod> authMethods) {
            this.authMethods = authMethods;
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
         * Sets <code>lastLoginAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param lastLoginAt the value
         * @return this builder
         */
        @JsonProperty("lastLoginAt")
        public Builder lastLoginAt(OffsetDateTime lastLoginAt) {
            this.lastLoginAt = JsonNullable.of(lastLoginAt);
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
         * @return a new {@link User}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public User build() {
            Checks.required(id, "User.id");
            Checks.required(email, "User.email");
            Checks.required(displayName, "User.displayName");
            Checks.required(emailVerified, "User.emailVerified");
            Checks.required(isActive, "User.isActive");
            Checks.required(authMethods, "User.authMethods");
            Checks.required(createdAt, "User.createdAt");
            Checks.required(updatedAt, "User.updatedAt");
            return new User(this);
        }

        private User buildFromJson() {
            return new User(this);
        }
    }
}
