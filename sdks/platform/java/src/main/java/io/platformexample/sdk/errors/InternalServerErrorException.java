package io.platformexample.sdk.errors;

/** 500 Internal Server Error. */
public class InternalServerErrorException extends ServerErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public InternalServerErrorException(ErrorDetails details) {
        super(details);
    }
}
