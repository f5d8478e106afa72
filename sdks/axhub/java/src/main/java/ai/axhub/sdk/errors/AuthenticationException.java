package ai.axhub.sdk.errors;

/** 401 Unauthorized: no token, or an invalid or expired one. */
public class AuthenticationException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public AuthenticationException(ErrorDetails details) {
        super(details);
    }
}
