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
 * The member taken out.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = MemberRemovedData.Builder.class)
public final class MemberRemovedData {
    @JsonProperty("userId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String userId;

    private final Map<String, Object> additionalProperties;

    private MemberRemovedData(Builder builder) {
        this.userId = builder.userId;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code MemberRemovedData}.
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
     * Their account id.
     *
     * @return the <code>userId</code> field (required)
     */
    public String userId() {
        return userId;
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
        if (!(other instanceof MemberRemovedData)) {
            return false;
        }
        MemberRemovedData that = (MemberRemovedData) other;
        return Objects.deepEquals(userId, that.userId)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {userId, additionalProperties});
    }

    @Override
    public String toString() {
        return "MemberRemovedData{"
                + "userId=" + userId
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link MemberRemovedData}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String userId;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(MemberRemovedData source) {
            this.userId = source.userId;
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
         * @return a new {@link MemberRemovedData}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public MemberRemovedData build() {
            Checks.required(userId, "MemberRemovedData.userId");
            return new MemberRemovedData(this);
        }

        private MemberRemovedData buildFromJson() {
            return new MemberRemovedData(this);
        }
    }
}
