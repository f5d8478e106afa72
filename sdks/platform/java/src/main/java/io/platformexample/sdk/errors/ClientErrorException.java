package io.platformexample.sdk.errors;

/** A 4xx; catch this for every client error. Thrown as is for 4xx without a class of their own. */
public class ClientErrorException extends ApiStatusException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public ClientErrorException(ErrorDetails details) {
        super(details);
    }

    /**
     * An exception for one error response, with its own message (e.g. a failed token request).
     *
     * @param message the message
     * @param details what the response said
     */
    public ClientErrorException(String message, ErrorDetails details) {
        super(message, details);
    }
}
