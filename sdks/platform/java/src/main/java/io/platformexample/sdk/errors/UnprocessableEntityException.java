package io.platformexample.sdk.errors;

/** 422 Unprocessable Entity. */
public class UnprocessableEntityException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public UnprocessableEntityException(ErrorDetails details) {
        super(details);
    }
}
