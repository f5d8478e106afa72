package io.platformexample.sdk.errors;

/** A 2xx response whose body could not be read as its content type and schema say. */
public class ResponseDecodeException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String text;
    private final String operationId;

    /**
     * An exception for one undecodable response.
     *
     * @param message what could not be decoded
     * @param status the HTTP status
     * @param text the body as text
     * @param operationId the operation that was called
     * @param cause the decoding failure
     */
    public ResponseDecodeException(String message, int status, String text, String operationId, Throwable cause) {
        super(operationId == null ? message : operationId + ": " + message, cause);
        this.status = status;
        this.text = text;
        this.operationId = operationId;
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The body as text.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * The operationId of the call.
     *
     * @return the operationId
     */
    public String operationId() {
        return operationId;
    }
}
