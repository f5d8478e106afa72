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
 * An invitation that was sent.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = Invitation.Builder.class)
public final class Invitation {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("tenantId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String tenantId;

    @JsonProperty("email")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String email;

    @JsonProperty("role")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final InvitableRole role;

    @JsonProperty("expiresAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime expiresAt;

    private final Map<String, Object> additionalProperties;

    private Invitation(Builder builder) {
        this.id = builder.id;
        this.tenantId = builder.tenantId;
        this.email = builder.email;
        this.role = builder.role;
        this.expiresAt = builder.expiresAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code Invitation}.
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
     * The invitation's id.
     *
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * The tenant it invites to.
     *
     * @return the <code>tenantId</code> field (required)
     */
    public String tenantId() {
        return tenantId;
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
     * @return the <code>expiresAt</code> field (required)
     */
    public OffsetDateTime expiresAt() {
        return expiresAt;
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
        if (!(other instanceof Invitation)) {
            return false;
        }
        Invitation that = (Invitation) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(tenantId, that.tenantId)
                && Objects.deepEquals(email, that.email)
                && Objects.deepEquals(role, that.role)
                && Objects.deepEquals(expiresAt, that.expiresAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, tenantId, email, role, expiresAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "Invitation{"
                + "id=" + id
                + ", tenantId=" + tenantId
                + ", email=" + email
                + ", role=" + role
                + ", expiresAt=" + expiresAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link Invitation}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String tenantId;
        private String email;
        private InvitableRole role;
        private OffsetDateTime expiresAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(Invitation source) {
            this.id = source.id;
            this.tenantId = source.tenantId;
            this.email = source.email;
            this.role = source.role;
            this.expiresAt = source.expiresAt;
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
         * Sets <code>expiresAt</code> (required).
         *
         * @param expiresAt the value
         * @return this builder
         */
        @JsonProperty("expiresAt")
        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
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
         * @return a new {@link Invitation}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public Invitation build() {
            Checks.required(id, "Invitation.id");
            Checks.required(tenantId, "Invitation.tenantId");
            Checks.required(email, "Invitation.email");
            Checks.required(role, "Invitation.role");
            Checks.required(expiresAt, "Invitation.expiresAt");
            return new Invitation(this);
        }

        private Invitation buildFromJson() {
            return new Invitation(this);
        }
    }
}
