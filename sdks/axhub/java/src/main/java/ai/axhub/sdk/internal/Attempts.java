package ai.axhub.sdk.internal;

import ai.axhub.sdk.core.ClientOptions;
import ai.axhub.sdk.core.LoggedRequest;
import ai.axhub.sdk.core.LoggedResponse;
import ai.axhub.sdk.core.Signer;
import ai.axhub.sdk.core.SigningRequest;
import ai.axhub.sdk.errors.ApiConnectionException;
import ai.axhub.sdk.errors.ApiTimeoutException;
import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.SdkException;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Internal: the attempts of one call, and every retry decision about them. Blocking and async
 * calls drive the same object; only how they send and wait differs. A call with an OAuth2 token
 * sends the current token with each attempt and, when the API refuses it (401), fetches a new one
 * and tries once more; a call with the session's access token renews it the same way (see {@link
 * Session}).
 */
public final class Attempts {
    private static final System.Logger LOG = System.getLogger("ai.axhub.sdk");
    private static final byte[] NO_BODY = new byte[0];

    private final ClientOptions client;
    private final PreparedRequest prepared;
    private final OAuthTokens tokens;
    private final Session session;
    private final Session.Refresher refresher;
    private int retry;
    private int attempt;
    private String usedToken;
    private boolean refreshed;
    private String refused;

    /**
     * The attempts of one prepared call.
     *
     * @param client the client's settings
     * @param prepared the call
     * @param tokens the client's OAuth2 tokens, or null when it has no client credentials
     */
    public Attempts(ClientOptions client, PreparedRequest prepared, OAuthTokens tokens) {
        this(client, prepared, tokens, null, null);
    }

    /**
     * The attempts of one prepared call that sends the session's access token: renewed before it
     * expires, and once after a 401.
     *
     * @param client the client's settings
     * @param prepared the call
     * @param tokens the client's OAuth2 tokens, or null when it has no client credentials
     * @param session the client's session, or null when this call sends no session token
     * @param refresher sends the refresh operation for the session
     */
    public Attempts(
            ClientOptions client, PreparedRequest prepared, OAuthTokens tokens, Session session, Session.Refresher refresher) {
        this.client = client;
        this.prepared = prepared;
        this.tokens = prepared.tokenUrl() == null ? null : tokens;
        this.session = this.tokens == null ? session : null;
        this.refresher = refresher;
    }

    /**
     * The call these attempts send.
     *
     * @return the prepared request
     */
    public PreparedRequest prepared() {
        return prepared;
    }

    /**
     * Builds the next attempt (with the current OAuth2 token, fetched when needed; signed, when
     * the client has a signer) and shows it to the listener. Blocks while a token is fetched.
     *
     * @return the request to send
     * @throws SdkException when the token request fails
     */
    public HttpRequest next() {
        if (session != null) {
            String renew = refused;
            refused = null;
            return next(renew != null ? session.renew(renew, refresher) : session.token(client.clock(), refresher));
        }
        return next(tokens == null ? null : tokens.token(prepared.tokenUrl(), operationId()));
    }

    /**
     * {@link #next()} without blocking.
     *
     * @return the request to send; completes exceptionally when the token request fails
     */
    public CompletableFuture<HttpRequest> nextAsync() {
        if (session != null) {
            String renew = refused;
            refused = null;
            return (renew != null ? session.renewAsync(renew, refresher) : session.tokenAsync(client.clock(), refresher))
                    .thenApply(this::next);
        }
        if (tokens == null) {
            return CompletableFuture.completedFuture(next(null));
        }
        return tokens.tokenAsync(prepared.tokenUrl(), operationId()).thenApply(this::next);
    }

    private HttpRequest next(String token) {
        byte[] body = prepared.body() == null ? NO_BODY : prepared.body();
        // Prepared headers are unique by name in any casing already: straight into the multimap.
        Map<String, List<String>> finalHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, String> header : prepared.headers()) {
            finalHeaders.put(header.getKey(), List.of(header.getValue()));
        }
        usedToken = token;
        if (token != null) {
            finalHeaders.remove("Authorization"); // so the name is sent in this casing
            finalHeaders.put("Authorization", List.of("Bearer " + token));
        }
        if (prepared.signature() != null && client.signingKeyId() != null) {
            // Signed last but for a user's signer, over the final URI and body: fresh per attempt.
            Signer signer = new Signer(prepared.signature(), client.signingKeyId(), client.signingSecret())
                    .withClock(client.clock());
            for (Map.Entry<String, String> header : signer.sign(prepared.method(), Signer.target(prepared.uri()), body).entrySet()) {
                finalHeaders.remove(header.getKey()); // so the name is sent in the scheme's casing
                finalHeaders.put(header.getKey(), List.of(header.getValue()));
            }
        }
        if (client.signer() != null) {
            SigningRequest signing = new SigningRequest(prepared.method(), prepared.uri(), finalHeaders, body);
            client.signer().sign(signing);
            finalHeaders = signing.headers();
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(prepared.uri())
                .method(prepared.method(), prepared.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (prepared.timeout() != null && !prepared.timeout().isZero() && !prepared.timeout().isNegative()) {
            builder.timeout(prepared.timeout());
        }
        try {
            finalHeaders.forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(
                    prepared.operation().operationId() + ": a header cannot be sent: " + e.getMessage(), e);
        }
        HttpRequest request = builder.build();
        attempt++;
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "request {0} {1} (attempt {2})", request.method(), prepared.displayUri(), attempt);
        }
        if (client.listener() != null) {
            client.listener().onRequest(new LoggedRequest(
                    prepared.operation().operationId(),
                    attempt,
                    request.method(),
                    prepared.displayUri(),
                    Redaction.headers(finalHeaders, prepared.secretHeaders()),
                    body.clone()));
        }
        return request;
    }

    /**
     * Decides after a response: the wait before the next attempt, or null when the response is
     * final.
     *
     * @param response the response
     * @return the wait, or null
     */
    public Duration onResponse(HttpResponse<byte[]> response) {
        return onResponse(response.statusCode(), response.headers(), response.body());
    }

    /**
     * Decides after a response read whole: the wait before the next attempt (zero: at once), or
     * null when the response is final.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes, or null
     * @return the wait, or null
     */
    public Duration onResponse(int status, HttpHeaders headers, byte[] body) {
        byte[] bytes = body == null ? NO_BODY : body;
        show(status, headers, bytes);
        if (status == 401 && session != null && !refreshed && usedToken != null && session.canRenew()) {
            refreshed = true; // the access token expired or was revoked: the next attempt renews it, once
            refused = usedToken;
            return Duration.ZERO;
        }
        if (status == 401 && tokens != null && !refreshed && usedToken != null) {
            refreshed = true; // the token may have been revoked or expired early: one new one, once
            tokens.invalidate(prepared.tokenUrl(), usedToken);
            return Duration.ZERO;
        }
        if (!canRetry() || !Retries.isRetryableStatus(status)) {
            return null;
        }
        Duration retryAfter = Retries.retryAfter(headers, client.clock()).orElseGet(() -> Responses.bodyRetryAfter(bytes));
        Duration delay = Retries.delay(retry, retryAfter, client.jitter().getAsDouble());
        retry++;
        return delay;
    }

    /**
     * Records that a stream began (a 2xx whose body is read as it arrives): no more attempts. The
     * listener sees the response without its body.
     *
     * @param status the HTTP status
     * @param headers the response headers
     */
    public void onStreamStart(int status, HttpHeaders headers) {
        show(status, headers, NO_BODY);
    }

    private void show(int status, HttpHeaders headers, byte[] body) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "response {0} {1} -> {2}", prepared.method(), prepared.displayUri(), status);
        }
        if (client.listener() != null) {
            client.listener().onResponse(new LoggedResponse(
                    prepared.operation().operationId(),
                    attempt,
                    prepared.method(),
                    prepared.displayUri(),
                    status,
                    Redaction.headers(headers.map()),
                    body.clone()));
        }
    }

    /**
     * Decides after a failure to get a response: the wait before the next attempt, or throws the
     * error for the caller.
     *
     * @param error what sending threw (possibly wrapped by a future)
     * @return the wait
     * @throws SdkException when the call ends here
     */
    public Duration onFailure(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof SdkException) {
            throw (SdkException) cause;
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted", operationId(), prepared.method(), prepared.displayUri(), cause);
        }
        if (!(cause instanceof IOException)) {
            throw new ApiConnectionException(
                    "request failed: " + describe(cause), operationId(), prepared.method(), prepared.displayUri(), cause);
        }
        if (canRetry()) {
            Duration delay = Retries.backoff(retry, client.jitter().getAsDouble());
            retry++;
            return delay;
        }
        int attempts = attempt;
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        if (cause instanceof HttpTimeoutException) {
            throw new ApiTimeoutException(
                    "request timed out" + tries + ": " + describe(cause), operationId(), prepared.method(), prepared.displayUri(), cause);
        }
        throw new ApiConnectionException(
                "connection failed" + tries + ": " + describe(cause), operationId(), prepared.method(), prepared.displayUri(), cause);
    }

    private boolean canRetry() {
        return prepared.retryable() && retry < prepared.maxRetries();
    }

    private String operationId() {
        return prepared.operation().operationId();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isEmpty() ? error.getClass().getSimpleName() : message;
    }

    /**
     * The failure inside a future's wrappers.
     *
     * @param error the failure
     * @return the innermost meaningful cause
     */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
