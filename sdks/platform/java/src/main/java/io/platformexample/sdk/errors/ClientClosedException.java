package io.platformexample.sdk.errors;

/** A call on a client that was closed: nothing was sent. Build a new client instead. */
public class ClientClosedException extends SdkException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception naming the call that was refused.
     *
     * @param message what was refused
     */
    public ClientClosedException(String message) {
        super(message);
    }
}
