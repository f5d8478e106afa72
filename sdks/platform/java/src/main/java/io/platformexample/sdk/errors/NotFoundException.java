package io.platformexample.sdk.errors;

/** 404 Not Found. */
public class NotFoundException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public NotFoundException(ErrorDetails details) {
        super(details);
    }
}
