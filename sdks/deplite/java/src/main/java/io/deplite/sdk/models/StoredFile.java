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
import io.deplite.sdk.core.JsonNullable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The StoredFile model. Immutable; build one with {@link #builder()}. Fields the schema does
 * not list are kept in {@link #additionalProperties()}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = StoredFile.Builder.class)
public final class StoredFile {
    @JsonProperty("id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String id;

    @JsonProperty("orgId")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String orgId;

    @JsonProperty("fileName")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String fileName;

    @JsonProperty("contentType")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final String contentType;

    @JsonProperty("size")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final Long size;

    @JsonProperty("state")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final FileState state;

    @JsonProperty("createdAt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private final OffsetDateTime createdAt;

    @JsonProperty("uploadedAt")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final JsonNullable<OffsetDateTime> uploadedAt;

    private final Map<String, Object> additionalProperties;

    private StoredFile(Builder builder) {
        this.id = builder.id;
        this.orgId = builder.orgId;
        this.fileName = builder.fileName;
        this.contentType = builder.contentType;
        this.size = builder.size;
        this.state = builder.state;
        this.createdAt = builder.createdAt;
        this.uploadedAt = builder.uploadedAt;
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalProperties));
    }

    /**
     * Starts building a {@code StoredFile}.
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
     * @return the <code>id</code> field (required)
     */
    public String id() {
        return id;
    }

    /**
     * @return the <code>orgId</code> field (required)
     */
    public String orgId() {
        return orgId;
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
     * @return the <code>size</code> field (required)
     */
    public Long size() {
        return size;
    }

    /**
     * @return the <code>state</code> field (required)
     */
    public FileState state() {
        return state;
    }

    /**
     * @return the <code>createdAt</code> field (required)
     */
    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * @return the <code>uploadedAt</code> field: absent, null, or a value
     */
    public JsonNullable<OffsetDateTime> uploadedAt() {
        return uploadedAt;
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
        if (!(other instanceof StoredFile)) {
            return false;
        }
        StoredFile that = (StoredFile) other;
        return Objects.deepEquals(id, that.id)
                && Objects.deepEquals(orgId, that.orgId)
                && Objects.deepEquals(fileName, that.fileName)
                && Objects.deepEquals(contentType, that.contentType)
                && Objects.deepEquals(size, that.size)
                && Objects.deepEquals(state, that.state)
                && Objects.deepEquals(createdAt, that.createdAt)
                && Objects.deepEquals(uploadedAt, that.uploadedAt)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {id, orgId, fileName, contentType, size, state, createdAt, uploadedAt, additionalProperties});
    }

    @Override
    public String toString() {
        return "StoredFile{"
                + "id=" + id
                + ", orgId=" + orgId
                + ", fileName=" + fileName
                + ", contentType=" + contentType
                + ", size=" + size
                + ", state=" + state
                + ", createdAt=" + createdAt
                + ", uploadedAt=" + uploadedAt
                + ", additionalProperties=" + additionalProperties
                + "}";
    }

    /** Builds a {@link StoredFile}; Jackson decodes through it too. */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildFromJson")
    public static final class Builder {
        private String id;
        private String orgId;
        private String fileName;
        private String contentType;
        private Long size;
        private FileState state;
        private OffsetDateTime createdAt;
        private JsonNullable<OffsetDateTime> uploadedAt = JsonNullable.undefined();
        private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

        private Builder() {}

        private Builder(StoredFile source) {
            this.id = source.id;
            this.orgId = source.orgId;
            this.fileName = source.fileName;
            this.contentType = source.contentType;
            this.size = source.size;
            this.state = source.state;
            this.createdAt = source.createdAt;
            this.uploadedAt = source.uploadedAt;
            this.additionalProperties.putAll(source.additionalProperties);
        }

        /**
         * Sets <code>id</code> (required).
         *
         * @param id the value
         * @return this builder
         */
        @JsonProperty("id")
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets <code>orgId</code> (required).
         *
         * @param orgId the value
         * @return this builder
         */
        @JsonProperty("orgId")
        public Builder orgId(String orgId) {
            this.orgId = orgId;
            return this;
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
         * Sets <code>state</code> (required).
         *
         * @param state the value
         * @return this builder
         */
        @JsonProperty("state")
        public Builder state(FileState state) {
            this.state = state;
            return this;
        }

        /**
         * Sets <code>createdAt</code> (required).
         *
         * @param createdAt the value
         * @return this builder
         */
        @JsonProperty("createdAt")
        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Sets <code>uploadedAt</code>; null is sent as JSON null, and a field never set is left out.
         *
         * @param uploadedAt the value
         * @return this builder
         */
        @JsonProperty("uploadedAt")
        public Builder uploadedAt(OffsetDateTime uploadedAt) {
            this.uploadedAt = JsonNullable.of(uploadedAt);
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
         * @return a new {@link StoredFile}
         * @throws io.deplite.sdk.errors.InvalidArgumentException when a required field is not set
         */
        public StoredFile build() {
            Checks.required(id, "StoredFile.id");
            Checks.required(orgId, "StoredFile.orgId");
            Checks.required(fileName, "StoredFile.fileName");
            Checks.required(contentType, "StoredFile.contentType");
            Checks.required(size, "StoredFile.size");
            Checks.required(state, "StoredFile.state");
            Checks.required(createdAt, "StoredFile.createdAt");
            return new StoredFile(this);
        }

        private StoredFile buildFromJson() {
            return new StoredFile(this);
        }
    }
}
