package io.platformexample.sdk.errors;

/** 400 Bad Request. */
public class BadRequestException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public BadRequestException(ErrorDetails details) {
        super(details);
    }
}
