package io.deplite.sdk.params;

import io.deplite.sdk.models.FileUploadRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters and body of one method, by their Java names; the runtime
 * sends each under its wire name. Build one with {@link #builder()}.
 */
public final class FilesPresignUploadParams {
    private final Map<String, Object> query;
    private final FileUploadRequest body;

    private FilesPresignUploadParams(Map<String, Object> query, FileUploadRequest body) {
        this.query = query;
        this.body = body;
    }

    /**
     * Starts building the parameters.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query, header and cookie parameters that are set, by wire name.
     *
     * @return a new map
     */
    public Map<String, Object> queryParams() {
        return new LinkedHashMap<>(query);
    }

    /**
     * The request body.
     *
     * @return the body (required)
     */
    public FileUploadRequest body() {
        return body;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FilesPresignUploadParams)) {
            return false;
        }
        FilesPresignUploadParams that = (FilesPresignUploadParams) other;
        return query.equals(that.query) && Objects.deepEquals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(query, body);
    }

    @Override
    public String toString() {
        return "FilesPresignUploadParams{query=" + query + ", body=" + body + "}";
    }

    /** Builds {@link FilesPresignUploadParams}. */
    public static final class Builder {
        private final Map<String, Object> query = new LinkedHashMap<>();
        private FileUploadRequest body;
        private FileUploadRequest.Builder fields;

        private Builder() {}

        /**
         * Sets the whole body, replacing the fields set so far.
         *
         * @param body the body
         * @return this builder
         */
        public Builder body(FileUploadRequest body) {
            this.body = body;
            this.fields = null;
            return this;
        }

        private FileUploadRequest.Builder fields() {
            if (fields == null) {
                fields = body == null ? FileUploadRequest.builder() : body.toBuilder();
                body = null;
            }
            return fields;
        }

        /**
         * Sets the body field {@code fileName} (required).
         *
         * @param fileName the value
         * @return this builder
         */
        public Builder fileName(String fileName) {
            fields().fileName(fileName);
            return this;
        }

        /**
         * Sets the body field {@code contentType} (required).
         *
         * @param contentType the value
         * @return this builder
         */
        public Builder contentType(String contentType) {
            fields().contentType(contentType);
            return this;
        }

        /**
         * The size in bytes (at most 100 MiB).
         *
         * Sets the body field {@code size} (required).
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(Long size) {
            fields().size(size);
            return this;
        }

        /**
         * Sets the body field {@code size}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(long size) {
            return size(Long.valueOf(size));
        }

        /**
         * Builds the parameters.
         *
         * @return the parameters
         */
        public FilesPresignUploadParams build() {
            FileUploadRequest built = fields != null ? fields.build() : body;
            if (built == null) {
                built = FileUploadRequest.builder().build();
            }
            return new FilesPresignUploadParams(new LinkedHashMap<>(query), built);
        }
    }
}
