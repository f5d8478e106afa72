package io.platformexample.sdk.core;

import java.util.Objects;

/**
 * Public: a file in a {@code multipart/form-data} body.
 */
public final class FilePart {
    private final String filename;
    private final String contentType;
    private final byte[] content;

    /**
     * Creates one.
     *
     * @param filename the file name sent
     * @param contentType the part's media type
     * @param content the bytes
     */
    public FilePart(String filename, String contentType, byte[] content) {
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
    }

    /**
     * A file sent as {@code application/octet-stream}.
     *
     * @param filename the file name
     * @param content the bytes
     * @return the part
     */
    public static FilePart of(String filename, byte[] content) {
        return new FilePart(filename, "application/octet-stream", content);
    }

    /**
     * Returns the file name sent.
     *
     * @return the file name sent
     */
    public String filename() {
        return filename;
    }

    /**
     * Returns the part's media type.
     *
     * @return the part's media type
     */
    public String contentType() {
        return contentType;
    }

    /**
     * Returns the bytes.
     *
     * @return the bytes
     */
    public byte[] content() {
        return content;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof FilePart)) {
            return false;
        }
        FilePart that = (FilePart) other;
        return Objects.equals(filename, that.filename)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, content);
    }

    @Override
    public String toString() {
        return "FilePart[filename=" + filename + ", contentType=" + contentType + ", content=" + content + "]";
    }
}
