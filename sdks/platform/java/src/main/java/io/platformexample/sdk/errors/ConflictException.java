package io.platformexample.sdk.errors;

/** 409 Conflict. */
public class ConflictException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public ConflictException(ErrorDetails details) {
        super(details);
    }
}
