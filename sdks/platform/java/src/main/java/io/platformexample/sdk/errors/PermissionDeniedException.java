package io.platformexample.sdk.errors;

/** 403 Forbidden. */
public class PermissionDeniedException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public PermissionDeniedException(ErrorDetails details) {
        super(details);
    }
}
