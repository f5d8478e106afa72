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
 * The TokenRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = TokenRequest.Builder.class)
public final class TokenRequest {
    @JsonProperty("token")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String token;

    private final Map<String, Object> additionalProperties;

    private TokenRequest(Builder builder) {
        this.token = builder.token;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code TokenRequest}.
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
     * The token an email carried.
     *
     * @return the <code>token</code> field (required)
     */
    public String token() {
        return token;
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
        if (!(other instanceof TokenRequest)) {
            return false;
        }
        TokenRequest that = (TokenRequest) other;
        return Objects.deepEquals(token, that.token)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {token, additionalProperties});
    }

    @Override
    public String toString() {
        return "TokenRequest{"
                + "token=" + token
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link TokenRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String token;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(TokenRequest source) {
            this.token = source.token;
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
         * @return a new {@link TokenRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public TokenRequest build() {
            Checks.required(token, "TokenRequest.token");
            return new TokenRequest(this);
        }

        private TokenRequest buildFromJson() {
            return new TokenRequest(this);
        }
    }
}
