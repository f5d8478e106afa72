package io.platformexample.sdk.errors;

/** An argument was refused before anything was sent (e.g. an empty path parameter). */
public class InvalidArgumentException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming the argument and where it was given.
     *
     * @param message what was wrong, and where
     */
    public InvalidArgumentException(String message) {
        super(message);
    }

    /**
     * An exception naming the argument, with the failure behind it.
     *
     * @param message what was wrong, and where
     * @param cause the underlying failure
     */
    public InvalidArgumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
