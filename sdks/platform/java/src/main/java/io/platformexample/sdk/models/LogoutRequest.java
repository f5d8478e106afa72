package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.platformexample.sdk.core.JsonNullable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The LogoutRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = LogoutRequest.Builder.class)
public final class LogoutRequest {
    @JsonProperty("refreshToken")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<String> refreshToken;

    private final Map<String, Object> additionalProperties;

    private LogoutRequest(Builder builder) {
        this.refreshToken = builder.refreshToken;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code LogoutRequest}.
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
     * A refresh token to revoke too.
     *
     * @return the <code>refreshToken</code> field; empty when absent
     */
    public Optional<String> refreshToken() {
        return refreshToken.toOptional();
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
        if (!(other instanceof LogoutRequest)) {
            return false;
        }
        LogoutRequest that = (LogoutRequest) other;
        return Objects.deepEquals(refreshToken, that.refreshToken)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {refreshToken, additionalProperties});
    }

    @Override
    public String toString() {
        return "LogoutRequest{"
                + "refreshToken=" + refreshToken
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link LogoutRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private JsonNullable<String> refreshToken = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(LogoutRequest source) {
            this.refreshToken = source.refreshToken;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>refreshToken</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param refreshToken the value
         * @return this builder
         */
        @JsonProperty("refreshToken")
        public Builder refreshToken(String refreshToken) {
            this.refreshToken = JsonNullable.of(refreshToken);
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
         * @return a new {@link LogoutRequest}
         */
        public LogoutRequest build() {
            return new LogoutRequest(this);
        }

        private LogoutRequest buildFromJson() {
            return new LogoutRequest(this);
        }
    }
}
