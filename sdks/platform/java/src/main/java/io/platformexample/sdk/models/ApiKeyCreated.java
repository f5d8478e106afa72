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
 * A new key; <code>rawKey</code> is never shown again.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = ApiKeyCreated.Builder.class)
public final class ApiKeyCreated {
    @JsonProperty("apiKey")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final ApiKey apiKey;

    @JsonProperty("rawKey")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String rawKey;

    private final Map<String, Object> additionalProperties;

    private ApiKeyCreated(Builder builder) {
        this.apiKey = builder.apiKey;
        this.rawKey = builder.rawKey;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code ApiKeyCreated}.
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
     * @return the <code>apiKey</code> field (required)
     */
    public ApiKey apiKey() {
        return apiKey;
    }

    /**
     * The key to send as the bearer token.
     *
     * @return the <code>rawKey</code> field (required)
     */
    public String rawKey() {
        return rawKey;
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
        if (!(other instanceof ApiKeyCreated)) {
            return false;
        }
        ApiKeyCreated that = (ApiKeyCreated) other;
        return Objects.deepEquals(apiKey, that.apiKey)
                && Objects.deepEquals(rawKey, that.rawKey)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {apiKey, rawKey, additionalProperties});
    }

    @Override
    public String toString() {
        return "ApiKeyCreated{"
                + "apiKey=" + apiKey
                + ", rawKey=" + rawKey
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link ApiKeyCreated}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private ApiKey apiKey;
        private String rawKey;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(ApiKeyCreated source) {
            this.apiKey = source.apiKey;
            this.rawKey = source.rawKey;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>apiKey</code> (required).
         *
         * @param apiKey the value
         * @return this builder
         */
        @JsonProperty("apiKey")
        public Builder apiKey(ApiKey apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * Sets <code>rawKey</code> (required).
         *
         * @param rawKey the value
         * @return this builder
         */
        @JsonProperty("rawKey")
        public Builder rawKey(String rawKey) {
            this.rawKey = rawKey;
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
         * @return a new {@link ApiKeyCreated}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public ApiKeyCreated build() {
            Checks.required(apiKey, "ApiKeyCreated.apiKey");
            Checks.required(rawKey, "ApiKeyCreated.rawKey");
            return new ApiKeyCreated(this);
        }

        private ApiKeyCreated buildFromJson() {
            return new ApiKeyCreated(this);
        }
    }
}
