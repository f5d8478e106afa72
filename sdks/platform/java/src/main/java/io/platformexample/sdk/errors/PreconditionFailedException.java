package io.platformexample.sdk.errors;

/** 412 Precondition Failed. */
public class PreconditionFailedException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public PreconditionFailedException(ErrorDetails details) {
        super(details);
    }
}
