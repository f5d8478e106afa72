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
 * The PresignedUpload model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = PresignedUpload.Builder.class)
public final class PresignedUpload {
    @JsonProperty("fileId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String fileId;

    @JsonProperty("uploadUrl")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String uploadUrl;

    @JsonProperty("method")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final PresignedUploadMethod method;

    @JsonProperty("headers")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Map<String, String> headers;

    @JsonProperty("expiresAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime expiresAt;

    private final Map<String, Object> additionalProperties;

    private PresignedUpload(Builder builder) {
        this.fileId = builder.fileId;
        this.uploadUrl = builder.uploadUrl;
        this.method = builder.method;
        this.headers = builder.headers;
        this.expiresAt = builder.expiresAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code PresignedUpload}.
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
     * @return the <code>fileId</code> field (required)
     */
    public String fileId() {
        return fileId;
    }

    /**
     * Where to send the bytes.
     *
     * @return the <code>uploadUrl</code> field (required)
     */
    public String uploadUrl() {
        return uploadUrl;
    }

    /**
     * @return the <code>method</code> field (required)
     */
    public PresignedUploadMethod method() {
        return method;
    }

    /**
     * Headers the upload must carry.
     *
     * @return the <code>headers</code> field (required)
     */
    public Map<String, String> headers() {
        return headers;
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
        if (!(other instanceof PresignedUpload)) {
            return false;
        }
        PresignedUpload that = (PresignedUpload) other;
        return Objects.deepEquals(fileId, that.fileId)
                && Objects.deepEquals(uploadUrl, that.uploadUrl)
                && Objects.deepEquals(method, that.method)
                && Objects.deepEquals(headers, that.headers)
                && Objects.deepEquals(expiresAt, that.expiresAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {fileId, uploadUrl, method, headers, expiresAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "PresignedUpload{"
                + "fileId=" + fileId
                + ", uploadUrl=" + uploadUrl
                + ", method=" + method
                + ", headers=" + headers
                + ", expiresAt=" + expiresAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link PresignedUpload}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String fileId;
        private String uploadUrl;
        private PresignedUploadMethod method;
        private Map<String, String> headers;
        private OffsetDateTime expiresAt;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(PresignedUpload source) {
            this.fileId = source.fileId;
            this.uploadUrl = source.uploadUrl;
            this.method = source.method;
            this.headers = source.headers;
            this.expiresAt = source.expiresAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>fileId</code> (required).
         *
         * @param fileId the value
         * @return this builder
         */
        @JsonProperty("fileId")
        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        /**
         * Sets <code>uploadUrl</code> (required).
         *
         * @param uploadUrl the value
         * @return this builder
         */
        @JsonProperty("uploadUrl")
        public Builder uploadUrl(String uploadUrl) {
            this.uploadUrl = uploadUrl;
            return this;
        }

        /**
         * Sets <code>method</code> (required).
         *
         * @param method the value
         * @return this builder
         */
        @JsonProperty("method")
        public Builder method(PresignedUploadMethod method) {
            this.method = method;
            return this;
        }

        /**
         * Sets <code>headers</code> (required).
         *
         * @param headers the value
         * @return this builder
         */
        @JsonProperty("headers")
        public Builder headers(Map<String, String> headers) {
            this.headers = headers;
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
         * @return a new {@link PresignedUpload}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public PresignedUpload build() {
            Checks.required(fileId, "PresignedUpload.fileId");
            Checks.required(uploadUrl, "PresignedUpload.uploadUrl");
            Checks.required(method, "PresignedUpload.method");
            Checks.required(headers, "PresignedUpload.headers");
            Checks.required(expiresAt, "PresignedUpload.expiresAt");
            return new PresignedUpload(this);
        }

        private PresignedUpload buildFromJson() {
            return new PresignedUpload(this);
        }
    }
}
