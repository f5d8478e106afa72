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
 * The CreateApiKeyRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = CreateApiKeyRequest.Builder.class)
public final class CreateApiKeyRequest {
    @JsonProperty("name")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String name;

    @JsonProperty("authority")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Authority authority;

    private final Map<String, Object> additionalProperties;

    private CreateApiKeyRequest(Builder builder) {
        this.name = builder.name;
        this.authority = builder.authority;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code CreateApiKeyRequest}.
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
     * What the key is for.
     *
     * @return the <code>name</code> field (required)
     */
    public String name() {
        return name;
    }

    /**
     * @return the <code>authority</code> field (required)
     */
    public Authority authority() {
        return authority;
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
        if (!(other instanceof CreateApiKeyRequest)) {
            return false;
        }
        CreateApiKeyRequest that = (CreateApiKeyRequest) other;
        return Objects.deepEquals(name, that.name)
                && Objects.deepEquals(authority, that.authority)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {name, authority, additionalProperties});
    }

    @Override
    public String toString() {
        return "CreateApiKeyRequest{"
                + "name=" + name
                + ", authority=" + authority
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link CreateApiKeyRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String name;
        private Authority authority;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(CreateApiKeyRequest source) {
            this.name = source.name;
            this.authority = source.authority;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>name</code> (required).
         *
         * @param name the value
         * @return this builder
         */
        @JsonProperty("name")
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets <code>authority</code> (required).
         *
         * @param authority the value
         * @return this builder
         */
        @JsonProperty("authority")
        public Builder authority(Authority authority) {
            this.authority = authority;
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
         * @return a new {@link CreateApiKeyRequest}
         * @throws io.platformexample.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public CreateApiKeyRequest build() {
            Checks.required(name, "CreateApiKeyRequest.name");
            Checks.required(authority, "CreateApiKeyRequest.authority");
            return new CreateApiKeyRequest(this);
        }

        private CreateApiKeyRequest buildFromJson() {
            return new CreateApiKeyRequest(this);
        }
    }
}
