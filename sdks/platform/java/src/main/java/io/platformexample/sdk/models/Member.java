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
 * A member of a tenant.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Member.Builder.class)
public final class Member {
    @JsonProperty("userId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String userId;

    @JsonProperty("email")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String email;

    @JsonProperty("displayName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String displayName;

    @JsonProperty("role")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Role role;

    @JsonProperty("joinedAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime joinedAt;

    private final Map<String, Object> additionalProperties;

    private Member(Builder builder) {
        this.userId = builder.userId;
        this.email = builder.email;
        this.displayName = builder.displayName;
        this.role = builder.role;
        this.joinedAt = builder.joinedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Member}.
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
     * The member's account id.
     *
     * @return the <code>userId</code> field (required)
     */
    public String userId() {
        return userId;
    }

    /**
     * @return the <code>email</code> field (required)
     */
    public String email() {
        return email;
    }

    /**
     * The member's name.
     *
     * @return the <code>displayName</code> field (required)
     */
    public String displayName() {
        return displayName;
    }

    /**
     * @return the <code>role</code> field (required)
     */
    public Role role() {
        return role;
    }

    /**
     * @return the <code>joinedAt</code> field (required)
     */
    public OffsetDateTime joinedAt() {
        return joinedAt;
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
        if (!(other instanceof Member)) {
            return false;
        }
        Member that = (Member) other;
        return Objects.deepEquals(userId, that.userId)
                && Objects.deepEquals(email, that.email)
                && Objects.deepEquals(displayName, that.displayName)
                && Objects.deepEquals(role, that.role)
                && Objects.deepEquals(joinedAt, that.joinedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {userId, email, displayName, role, joinedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Member{"
                + "userId=" + userId
                + ", email=" + email
                + ", displayName=" + displayName
                + ", role=" + role
                + ", joinedAt=" + joinedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Member}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String userId;
        private String email;
        private String displayName;
        private Role role;
        private OffsetDateTime joinedAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Member source) {
            this.userId = source.userId;
            this.email = source.email;
            this.displayName = source.displayName;
            this.role = source.role;
            this.joinedAt = source.joinedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>userId</code> (required).
         *
         * @param userId the value
         * @return this builder
         */
        @JsonProperty("userId")
        public Builder userId(String userId) {
            this.userId = userId;
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
         * Sets <code>joinedAt</code> (required).
         *
         * @param joinedAt the value
         * @return this builder
         */
        @JsonProperty("joinedAt")
        public Builder joinedAt(OffsetDateTime joinedAt) {
            this.joinedAt = joinedAt;
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
         * @return a new {@link Member}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Member build() {
            Checks.required(userId, "Member.userId");
            Checks.required(email, "Member.email");
            Checks.required(displayName, "Member.displayName");
            Checks.required(role, "Member.role");
            Checks.required(joinedAt, "Member.joinedAt");
            return new Member(this);
        }

        private Member buildFromJson() {
            return new Member(this);
        }
    }
}
