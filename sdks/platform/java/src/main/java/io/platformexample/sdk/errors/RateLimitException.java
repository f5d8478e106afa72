package io.platformexample.sdk.errors;

/** 429 Too Many Requests; see {@link #retryAfter()}. */
public class RateLimitException extends ClientErrorException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for one error response.
     *
     * @param details what the response said
     */
    public RateLimitException(ErrorDetails details) {
        super(details);
    }
}
