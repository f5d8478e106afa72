package ai.axhub.sdk.internal;

import ai.axhub.sdk.core.ClientOptions;
import ai.axhub.sdk.core.LoggedRequest;
import ai.axhub.sdk.core.LoggedResponse;
import ai.axhub.sdk.core.SigningRequest;
import ai.axhub.sdk.errors.ApiConnectionException;
import ai.axhub.sdk.errors.ApiTimeoutException;
import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.SdkException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Internal: the attempts of one call, and every retry decision about them. Blocking and async
 * calls drive the same object; only how they send and wait differs.
 */
public final class Attempts {
    private static final System.Logger LOG = System.getLogger("ai.axhub.sdk");
    private static final byte[] NO_BODY = new byte[0];

    private final ClientOptions client;
    private final PreparedRequest prepared;
    private int retry;

    /**
     * The attempts of one prepared call.
     *
     * @param client the client's settings
     * @param prepared the call
     */
    public Attempts(ClientOptions client, PreparedRequest prepared) {
        this.client = client;
        this.prepared = prepared;
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
     * Builds the next attempt (signed, when the client has a signer) and shows it to the
     * listener.
     *
     * @return the request to send
     */
    public HttpRequest next() {
        byte[] body = prepared.body() == null ? NO_BODY : prepared.body();
        Headers headers = new Headers();
        prepared.headers().forEach(e -> headers.set(e.getKey(), e.getValue()));
        Map<String, List<String>> finalHeaders = headers.toMap();
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
        int attempt = retry + 1;
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "request {0} {1} (attempt {2})", request.method(), request.uri(), attempt);
        }
        if (client.listener() != null) {
            client.listener().onRequest(new LoggedRequest(
                    prepared.operation().operationId(),
                    attempt,
                    request.method(),
                    request.uri(),
                    Redaction.headers(finalHeaders),
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
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "response {0} {1} -> {2}", prepared.method(), prepared.uri(), response.statusCode());
        }
        if (client.listener() != null) {
            client.listener().onResponse(new LoggedResponse(
                    prepared.operation().operationId(),
                    retry + 1,
                    prepared.method(),
                    prepared.uri(),
                    response.statusCode(),
                    Redaction.headers(response.headers().map()),
                    response.body() == null ? NO_BODY : response.body().clone()));
        }
        if (!canRetry() || !Retries.isRetryableStatus(response.statusCode())) {
            return null;
        }
        Duration retryAfter = Retries.retryAfter(response.headers(), client.clock())
                .orElseGet(() -> Responses.bodyRetryAfter(response.body() == null ? NO_BODY : response.body()));
        Duration delay = Retries.delay(retry, retryAfter, client.jitter().getAsDouble());
        retry++;
        return delay;
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
        if (cause instanceof SdkException sdk) {
            throw sdk;
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted", operationId(), prepared.method(), prepared.uri(), cause);
        }
        if (!(cause instanceof IOException)) {
            throw new ApiConnectionException(
                    "request failed: " + describe(cause), operationId(), prepared.method(), prepared.uri(), cause);
        }
        if (canRetry()) {
            Duration delay = Retries.backoff(retry, client.jitter().getAsDouble());
            retry++;
            return delay;
        }
        int attempts = retry + 1;
        String tries = attempts > 1 ? " (after " + attempts + " attempts)" : "";
        if (cause instanceof HttpTimeoutException) {
            throw new ApiTimeoutException(
                    "request timed out" + tries + ": " + describe(cause), operationId(), prepared.method(), prepared.uri(), cause);
        }
        throw new ApiConnectionException(
                "connection failed" + tries + ": " + describe(cause), operationId(), prepared.method(), prepared.uri(), cause);
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
