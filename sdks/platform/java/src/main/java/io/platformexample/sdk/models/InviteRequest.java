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
 * The InviteRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = InviteRequest.Builder.class)
public final class InviteRequest {
    @JsonProperty("email")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String email;

    @JsonProperty("role")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final InvitableRole role;

    private final Map<String, Object> additionalProperties;

    private InviteRequest(Builder builder) {
        this.email = builder.email;
        this.role = builder.role;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code InviteRequest}.
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
     * @return the <code>role</code> field (required)
     */
    public InvitableRole role() {
        return role;
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
        if (!(other instanceof InviteRequest)) {
            return false;
        }
        InviteRequest that = (InviteRequest) other;
        return Objects.deepEquals(email, that.email)
                && Objects.deepEquals(role, that.role)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {email, role, additionalProperties});
    }

    @Override
    public String toString() {
        return "InviteRequest{"
                + "email=" + email
                + ", role=" + role
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link InviteRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String email;
        private InvitableRole role;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(InviteRequest source) {
            this.email = source.email;
            this.role = source.role;
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
         * Sets <code>role</code> (required).
         *
         * @param role the value
         * @return this builder
         */
        @JsonProperty("role")
        public Builder role(InvitableRole role) {
            this.role = role;
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
         * @return a new {@link InviteRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public InviteRequest build() {
            Checks.required(email, "InviteRequest.email");
            Checks.required(role, "InviteRequest.role");
            return new InviteRequest(this);
        }

        private InviteRequest buildFromJson() {
            return new InviteRequest(this);
        }
    }
}
