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
 * A webhook's new signing secret.
 *
 * <p>Immutable; build one with {@link #builder()}. Fields the schema does not list are kept in
 * {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = SecretRotated.Builder.class)
public final class SecretRotated {
    @JsonProperty("secret")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secret;

    @JsonProperty("secretPreview")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String secretPreview;

    private final Map<String, Object> additionalProperties;

    private SecretRotated(Builder builder) {
        this.secret = builder.secret;
        this.secretPreview = builder.secretPreview;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code SecretRotated}.
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
     * The new secret (<code>whsec_...</code>).
     *
     * @return the <code>secret</code> field (required)
     */
    public String secret() {
        return secret;
    }

    /**
     * Its last eight characters.
     *
     * @return the <code>secretPreview</code> field (required)
     */
    public String secretPreview() {
        return secretPreview;
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
        if (!(other instanceof SecretRotated)) {
            return false;
        }
        SecretRotated that = (SecretRotated) other;
        return Objects.deepEquals(secret, that.secret)
                && Objects.deepEquals(secretPreview, that.secretPreview)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {secret, secretPreview, additionalProperties});
    }

    @Override
    public String toString() {
        return "SecretRotated{"
                + "secret=" + secret
                + ", secretPreview=" + secretPreview
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link SecretRotated}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String secret;
        private String secretPreview;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(SecretRotated source) {
            this.secret = source.secret;
            this.secretPreview = source.secretPreview;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>secret</code> (required).
         *
         * @param secret the value
         * @return this builder
         */
        @JsonProperty("secret")
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /**
         * Sets <code>secretPreview</code> (required).
         *
         * @param secretPreview the value
         * @return this builder
         */
        @JsonProperty("secretPreview")
        public Builder secretPreview(String secretPreview) {
            this.secretPreview = secretPreview;
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
         * @return a new {@link SecretRotated}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public SecretRotated build() {
            Checks.required(secret, "SecretRotated.secret");
            Checks.required(secretPreview, "SecretRotated.secretPreview");
            return new SecretRotated(this);
        }

        private SecretRotated buildFromJson() {
            return new SecretRotated(this);
        }
    }
}
