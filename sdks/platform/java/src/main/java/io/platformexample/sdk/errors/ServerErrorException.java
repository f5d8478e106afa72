package io.platformexample.sdk.errors;

/** A 5xx; catch this for every server failure. Thrown as is for 5xx other than 500. */
public class ServerErrorException extends ApiStatusException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public ServerErrorException(ErrorDetails details) {
        super(details);
    }
}
