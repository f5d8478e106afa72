package io.platformexample.sdk.errors;

/**
 * 401 Unauthorized: no token, or an invalid or expired one. Also what a refused OAuth2 token request
 * (any status, or an answer without access_token) throws, with the token endpoint's status.
 */
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

    /**
     * An exception for one error response, with its own message (e.g. a failed token request).
     *
     * @param message the message
     * @param details what the response said
     */
    public AuthenticationException(String message, ErrorDetails details) {
        super(message, details);
    }
}
