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
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An open session - its tokens, the person and their memberships.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = AuthSession.Builder.class)
public final class AuthSession {
    @JsonProperty("accessToken")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String accessToken;

    @JsonProperty("refreshToken")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String refreshToken;

    @JsonProperty("tokenType")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tokenType;

    @JsonProperty("expiresIn")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long expiresIn;

    @JsonProperty("user")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final User user;

    @JsonProperty("memberships")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final List<Membership> memberships;

    private final Map<String, Object> additionalProperties;

    private AuthSession(Builder builder) {
        this.accessToken = builder.accessToken;
        this.refreshToken = builder.refreshToken;
        this.tokenType = builder.tokenType;
        this.expiresIn = builder.expiresIn;
        this.user = builder.user;
        this.memberships = builder.memberships;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code AuthSession}.
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
     * The bearer token for calls, valid for <code>expiresIn</code> seconds.
     *
     * @return the <code>accessToken</code> field (required)
     */
    public String accessToken() {
        return accessToken;
    }

    /**
     * Trades for a new pair once (<code>refreshSession</code>); valid for 30 days.
     *
     * @return the <code>refreshToken</code> field (required)
     */
    public String refreshToken() {
        return refreshToken;
    }

    /**
     * Always <code>Bearer</code>.
     *
     * @return the <code>tokenType</code> field (required)
     */
    public String tokenType() {
        return tokenType;
    }

    /**
     * Seconds until the access token expires.
     *
     * @return the <code>expiresIn</code> field (required)
     */
    public Long expiresIn() {
        return expiresIn;
    }

    /**
     * @return the <code>user</code> field (required)
     */
    public User user() {
        return user;
    }

    /**
     * @return the <code>memberships</code> field (required)
     */
    public List<Membership> memberships() {
        return memberships;
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
        if (!(other instanceof AuthSession)) {
            return false;
        }
        AuthSession that = (AuthSession) other;
        return Objects.deepEquals(accessToken, that.accessToken)
                && Objects.deepEquals(refreshToken, that.refreshToken)
                && Objects.deepEquals(tokenType, that.tokenType)
                && Objects.deepEquals(expiresIn, that.expiresIn)
                && Objects.deepEquals(user, that.user)
                && Objects.deepEquals(memberships, that.memberships)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {accessToken, refreshToken, tokenType, expiresIn, user, memberships, additionalProperties});
    }

    @Override
    public String toString() {
        return "AuthSession{"
                + "accessToken=" + accessToken
                + ", refreshToken=" + refreshToken
                + ", tokenType=" + tokenType
                + ", expiresIn=" + expiresIn
                + ", user=" + user
                + ", memberships=" + memberships
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link AuthSession}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String accessToken;
        private String refreshToken;
        private String tokenType;
        private Long expiresIn;
        private User user;
        private List<Membership> memberships;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(AuthSession source) {
            this.accessToken = source.accessToken;
            this.refreshToken = source.refreshToken;
            this.tokenType = source.tokenType;
            this.expiresIn = source.expiresIn;
            this.user = source.user;
            this.memberships = source.memberships;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>accessToken</code> (required).
         *
         * @param accessToken the value
         * @return this builder
         */
        @JsonProperty("accessToken")
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Sets <code>refreshToken</code> (required).
         *
         * @param refreshToken the value
         * @return this builder
         */
        @JsonProperty("refreshToken")
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = refreshToken;
            return this;
        }

        /**
         * Sets <code>tokenType</code> (required).
         *
         * @param tokenType the value
         * @return this builder
         */
        @JsonProperty("tokenType")
        public Builder tokenType(String tokenType) {
            this.tokenType = tokenType;
            return this;
        }

        /**
         * Sets <code>expiresIn</code> (required).
         *
         * @param expiresIn the value
         * @return this builder
         */
        @JsonProperty("expiresIn")
        public Builder expiresIn(Long expiresIn) {
            this.expiresIn = expiresIn;
            return this;
        }

        /**
         * Sets <code>user</code> (required).
         *
         * @param user the value
         * @return this builder
         */
        @JsonProperty("user")
        public Builder user(User user) {
            this.user = user;
            return this;
        }

        /**
         * Sets <code>memberships</code> (required).
         *
         * @param memberships the value
         * @return this builder
         */
        @JsonProperty("memberships")
        public Builder memberships(List<Membership> memberships) {
            this.memberships = memberships;
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
         * @return a new {@link AuthSession}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public AuthSession build() {
            Checks.required(accessToken, "AuthSession.accessToken");
            Checks.required(refreshToken, "AuthSession.refreshToken");
            Checks.required(tokenType, "AuthSession.tokenType");
            Checks.required(expiresIn, "AuthSession.expiresIn");
            Checks.required(user, "AuthSession.user");
            Checks.required(memberships, "AuthSession.memberships");
            return new AuthSession(this);
        }

        private AuthSession buildFromJson() {
            return new AuthSession(this);
        }
    }
}
