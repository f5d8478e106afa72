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
 * The PasswordResetRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PasswordResetRequest.Builder.class)
public final class PasswordResetRequest {
    @JsonProperty("token")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String token;

    @JsonProperty("newPassword")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String newPassword;

    private final Map<String, Object> additionalProperties;

    private PasswordResetRequest(Builder builder) {
        this.token = builder.token;
        this.newPassword = builder.newPassword;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PasswordResetRequest}.
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
     * The token of the reset email.
     *
     * @return the <code>token</code> field (required)
     */
    public String token() {
        return token;
    }

    /**
     * @return the <code>newPassword</code> field (required)
     */
    public String newPassword() {
        return newPassword;
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
        if (!(other instanceof PasswordResetRequest)) {
            return false;
        }
        PasswordResetRequest that = (PasswordResetRequest) other;
        return Objects.deepEquals(token, that.token)
                && Objects.deepEquals(newPassword, that.newPassword)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {token, newPassword, additionalProperties});
    }

    @Override
    public String toString() {
        return "PasswordResetRequest{"
                + "token=" + token
                + ", newPassword=" + newPassword
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PasswordResetRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String token;
        private String newPassword;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PasswordResetRequest source) {
            this.token = source.token;
            this.newPassword = source.newPassword;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>token</code> (required).
         *
         * @param token the value
         * @return this builder
         */
        @JsonProperty("token")
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets <code>newPassword</code> (required).
         *
         * @param newPassword the value
         * @return this builder
         */
        @JsonProperty("newPassword")
        public Builder newPassword(String newPassword) {
            this.newPassword = newPassword;
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
         * @return a new {@link PasswordResetRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PasswordResetRequest build() {
            Checks.required(token, "PasswordResetRequest.token");
            Checks.required(newPassword, "PasswordResetRequest.newPassword");
            return new PasswordResetRequest(this);
        }

        private PasswordResetRequest buildFromJson() {
            return new PasswordResetRequest(this);
        }
    }
}
