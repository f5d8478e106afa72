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
 * A way the account can sign in.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = AuthMethod.Builder.class)
public final class AuthMethod {
    @JsonProperty("provider")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String provider;

    private final Map<String, Object> additionalProperties;

    private AuthMethod(Builder builder) {
        this.provider = builder.provider;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code AuthMethod}.
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
     * For example <code>password</code>.
     *
     * @return the <code>provider</code> field (required)
     */
    public String provider() {
        return provider;
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
        if (!(other instanceof AuthMethod)) {
            return false;
        }
        AuthMethod that = (AuthMethod) other;
        return Objects.deepEquals(provider, that.provider)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {provider, additionalProperties});
    }

    @Override
    public String toString() {
        return "AuthMethod{"
                + "provider=" + provider
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link AuthMethod}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String provider;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(AuthMethod source) {
            this.provider = source.provider;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>provider</code> (required).
         *
         * @param provider the value
         * @return this builder
         */
        @JsonProperty("provider")
        public Builder provider(String provider) {
            this.provider = provider;
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
         * @return a new {@link AuthMethod}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public AuthMethod build() {
            Checks.required(provider, "AuthMethod.provider");
            return new AuthMethod(this);
        }

        private AuthMethod buildFromJson() {
            return new AuthMethod(this);
        }
    }
}
