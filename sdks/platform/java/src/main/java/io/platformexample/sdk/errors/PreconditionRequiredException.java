package io.platformexample.sdk.errors;

/** 428 Precondition Required. */
public class PreconditionRequiredException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public PreconditionRequiredException(ErrorDetails details) {
        super(details);
    }
}
