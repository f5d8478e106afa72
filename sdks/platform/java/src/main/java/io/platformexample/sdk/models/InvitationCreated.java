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
 * The invitation (its token travels by email only).
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = InvitationCreated.Builder.class)
public final class InvitationCreated {
    @JsonProperty("invitation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Invitation invitation;

    private final Map<String, Object> additionalProperties;

    private InvitationCreated(Builder builder) {
        this.invitation = builder.invitation;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code InvitationCreated}.
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
     * @return the <code>invitation</code> field (required)
     */
    public Invitation invitation() {
        return invitation;
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
        if (!(other instanceof InvitationCreated)) {
            return false;
        }
        InvitationCreated that = (InvitationCreated) other;
        return Objects.deepEquals(invitation, that.invitation)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {invitation, additionalProperties});
    }

    @Override
    public String toString() {
        return "InvitationCreated{"
                + "invitation=" + invitation
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link InvitationCreated}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private Invitation invitation;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(InvitationCreated source) {
            this.invitation = source.invitation;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>invitation</code> (required).
         *
         * @param invitation the value
         * @return this builder
         */
        @JsonProperty("invitation")
        public Builder invitation(Invitation invitation) {
            this.invitation = invitation;
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
         * @return a new {@link InvitationCreated}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public InvitationCreated build() {
            Checks.required(invitation, "InvitationCreated.invitation");
            return new InvitationCreated(this);
        }

        private InvitationCreated buildFromJson() {
            return new InvitationCreated(this);
        }
    }
}
