package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import io.deplite.sdk.core.Checks;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The PresignedDownload model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PresignedDownload.Builder.class)
public final class PresignedDownload {
    @JsonProperty("url")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String url;

    @JsonProperty("expiresAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime expiresAt;

    private final Map<String, Object> additionalProperties;

    private PresignedDownload(Builder builder) {
        this.url = builder.url;
        this.expiresAt = builder.expiresAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PresignedDownload}.
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
     * @return the <code>url</code> field (required)
     */
    public String url() {
        return url;
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
        if (!(other instanceof PresignedDownload)) {
            return false;
        }
        PresignedDownload that = (PresignedDownload) other;
        return Objects.deepEquals(url, that.url)
                && Objects.deepEquals(expiresAt, that.expiresAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {url, expiresAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "PresignedDownload{"
                + "url=" + url
                + ", expiresAt=" + expiresAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PresignedDownload}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String url;
        private OffsetDateTime expiresAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PresignedDownload source) {
            this.url = source.url;
            this.expiresAt = source.expiresAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>url</code> (required).
         *
         * @param url the value
         * @return this builder
         */
        @JsonProperty("url")
        public Builder url(String url) {
            this.url = url;
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
         * @return a new {@link PresignedDownload}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PresignedDownload build() {
            Checks.required(url, "PresignedDownload.url");
            Checks.required(expiresAt, "PresignedDownload.expiresAt");
            return new PresignedDownload(this);
        }

        private PresignedDownload buildFromJson() {
            return new PresignedDownload(this);
        }
    }
}
