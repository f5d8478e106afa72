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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The FileUploadRequest model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = FileUploadRequest.Builder.class)
public final class FileUploadRequest {
    @JsonProperty("fileName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String fileName;

    @JsonProperty("contentType")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String contentType;

    @JsonProperty("size")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long size;

    private final Map<String, Object> additionalProperties;

    private FileUploadRequest(Builder builder) {
        this.fileName = builder.fileName;
        this.contentType = builder.contentType;
        this.size = builder.size;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code FileUploadRequest}.
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
     * @return the <code>fileName</code> field (required)
     */
    public String fileName() {
        return fileName;
    }

    /**
     * @return the <code>contentType</code> field (required)
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The size in bytes (at most 100 MiB).
     *
     * @return the <code>size</code> field (required)
     */
    public Long size() {
        return size;
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
        if (!(other instanceof FileUploadRequest)) {
            return false;
        }
        FileUploadRequest that = (FileUploadRequest) other;
        return Objects.deepEquals(fileName, that.fileName)
                && Objects.deepEquals(contentType, that.contentType)
                && Objects.deepEquals(size, that.size)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {fileName, contentType, size, additionalProperties});
    }

    @Override
    public String toString() {
        return "FileUploadRequest{"
                + "fileName=" + fileName
                + ", contentType=" + contentType
                + ", size=" + size
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link FileUploadRequest}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String fileName;
        private String contentType;
        private Long size;
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(FileUploadRequest source) {
            this.fileName = source.fileName;
            this.contentType = source.contentType;
            this.size = source.size;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>fileName</code> (required).
         *
         * @param fileName the value
         * @return this builder
         */
        @JsonProperty("fileName")
        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        /**
         * Sets <code>contentType</code> (required).
         *
         * @param contentType the value
         * @return this builder
         */
        @JsonProperty("contentType")
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Sets <code>size</code> (required).
         *
         * @param size the value
         * @return this builder
         */
        @JsonProperty("size")
        public Builder size(Long size) {
            this.size = size;
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
         * @return a new {@link FileUploadRequest}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public FileUploadRequest build() {
            Checks.required(fileName, "FileUploadRequest.fileName");
            Checks.required(contentType, "FileUploadRequest.contentType");
            Checks.required(size, "FileUploadRequest.size");
            return new FileUploadRequest(this);
        }

        private FileUploadRequest buildFromJson() {
            return new FileUploadRequest(this);
        }
    }
}
