package io.platformexample.sdk.errors;

/** Base of every exception this SDK throws. */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what failed
     */
    public SdkException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what failed
     * @param cause the underlying failure
     */
    public SdkException(String message, Throwable cause) {
        super(message, cause);
    }
}
