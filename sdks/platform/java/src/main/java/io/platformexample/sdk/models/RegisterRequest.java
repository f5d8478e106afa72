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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The RegisterRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RegisterRequest.Builder.class)
public final class RegisterRequest {
    @JsonProperty("email")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String email;

    @JsonProperty("password")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String password;

    @JsonProperty("displayName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String displayName;

    @JsonProperty("invitationToken")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> invitationToken;

    private final Map<String, Object> additionalProperties;

    private RegisterRequest(Builder builder) {
        this.email = builder.email;
        this.password = builder.password;
        this.displayName = builder.displayName;
        this.invitationToken = builder.invitationToken;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RegisterRequest}.
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
     * @return the <code>email</code> field (required)
     */
    public String email() {
        return email;
    }

    /**
     * @return the <code>password</code> field (required)
     */
    public String password() {
        return password;
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
     * An invitation's token; the new account joins that tenant too.
     *
     * @return the <code>invitationToken</code> field; empty when absent
     */
    public Optional<String> invitationToken() {
        return invitationToken.toOptional();
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
        if (!(other instanceof RegisterRequest)) {
            return false;
        }
        RegisterRequest that = (RegisterRequest) other;
        return Objects.deepEquals(email, that.email)
                && Objects.deepEquals(password, that.password)
                && Objects.deepEquals(displayName, that.displayName)
                && Objects.deepEquals(invitationToken, that.invitationToken)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {email, password, displayName, invitationToken, additionalProperties});
    }

    @Override
    public String toString() {
        return "RegisterRequest{"
                + "email=" + email
                + ", password=" + password
                + ", displayName=" + displayName
                + ", invitationToken=" + invitationToken
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RegisterRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String email;
        private String password;
        private String displayName;
        private JsonNullable<String> invitationToken = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RegisterRequest source) {
            this.email = source.email;
            this.password = source.password;
            this.displayName = source.displayName;
            this.invitationToken = source.invitationToken;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * Sets <code>password</code> (required).
         *
         * @param password the value
         * @return this builder
         */
        @JsonProperty("password")
        public Builder password(String password) {
            this.password = password;
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
         * Sets <code>invitationToken</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param invitationToken the value
         * @return this builder
         */
        @JsonProperty("invitationToken")
        public Builder invitationToken(String invitationToken) {
            this.invitationToken = JsonNullable.of(invitationToken);
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
         * @return a new {@link RegisterRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public RegisterRequest build() {
            Checks.required(email, "RegisterRequest.email");
            Checks.required(password, "RegisterRequest.password");
            Checks.required(displayName, "RegisterRequest.displayName");
            return new RegisterRequest(this);
        }

        private RegisterRequest buildFromJson() {
            return new RegisterRequest(this);
        }
    }
}
