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
 * The RefreshRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = RefreshRequest.Builder.class)
public final class RefreshRequest {
    @JsonProperty("refreshToken")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String refreshToken;

    private final Map<String, Object> additionalProperties;

    private RefreshRequest(Builder builder) {
        this.refreshToken = builder.refreshToken;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code RefreshRequest}.
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
     * The refresh token of the session.
     *
     * @return the <code>refreshToken</code> field (required)
     */
    public String refreshToken() {
        return refreshToken;
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
        if (!(other instanceof RefreshRequest)) {
            return false;
        }
        RefreshRequest that = (RefreshRequest) other;
        return Objects.deepEquals(refreshToken, that.refreshToken)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {refreshToken, additionalProperties});
    }

    @Override
    public String toString() {
        return "RefreshRequest{"
                + "refreshToken=" + refreshToken
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link RefreshRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String refreshToken;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(RefreshRequest source) {
            this.refreshToken = source.refreshToken;
            this.additionalProperties.putAll(source.additionalProperties);
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
         * @return a new {@link RefreshRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public RefreshRequest build() {
            Checks.required(refreshToken, "RefreshRequest.refreshToken");
            return new RefreshRequest(this);
        }

        private RefreshRequest buildFromJson() {
            return new RefreshRequest(this);
        }
    }
}
