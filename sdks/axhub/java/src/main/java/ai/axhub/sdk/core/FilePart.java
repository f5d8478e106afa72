package ai.axhub.sdk.core;

/**
 * Public: a file in a {@code multipart/form-data} body.
 *
 * @param filename the file name sent
 * @param contentType the part's media type
 * @param content the bytes
 */
public record FilePart(String filename, String contentType, byte[] content) {
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
}
