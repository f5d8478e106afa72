package io.platformexample.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.core.ClientOptions;
import io.platformexample.sdk.core.Json;
import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.errors.ApiTimeoutException;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.ErrorDetails;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.errors.SdkException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Internal: OAuth2 client-credentials tokens of one client, one per token URL, cached until {@code
 * expires_in} less {@link #REFRESH_MARGIN} has passed (or until the API refuses one). Calls that
 * need a token while none is valid share one token request, blocking and async alike. The token
 * exchange goes through the client's transport and is not shown to its listener: both directions
 * carry secrets.
 */
public final class OAuthTokens {
    /** A token is fetched again this long before it expires. */
    public static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);

    private static final System.Logger LOG = System.getLogger("io.platformexample.sdk");

    private final ClientOptions client;
    private final Object lock = new Object();
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, CompletableFuture<Token>> pending = new HashMap<>();

    /** A token and when it goes stale (null: when the API refuses it). */
    private static final class Token {
        private final String value;
        private final Instant staleAt;

        private Token(String value, Instant staleAt) {
            this.value = value;
            this.staleAt = staleAt;
        }

        public String value() {
            return value;
        }

        public Instant staleAt() {
            return staleAt;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Token)) {
                return false;
            }
            Token that = (Token) other;
            return Objects.equals(value, that.value)
                    && Objects.equals(staleAt, that.staleAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(value, staleAt);
        }

        @Override
        public String toString() {
            return "Token[value=" + value + ", staleAt=" + staleAt + "]";
        }
    }

    /**
     * The tokens of a client with a client id and secret.
     *
     * @param client the client's settings
     */
    public OAuthTokens(ClientOptions client) {
        this.client = client;
    }

    /**
     * A valid token for a token URL, waiting for a request when there is none.
     *
     * @param url the token URL
     * @param operationId the operation that needs it (for error messages)
     * @return the access token
     * @throws SdkException when the token request fails
     */
    public String token(String url, String operationId) {
        CompletableFuture<Token> mine = null;
        CompletableFuture<Token> theirs;
        synchronized (lock) {
            Token cached = fresh(url);
            if (cached != null) {
                return cached.value();
            }
            theirs = pending.get(url);
            if (theirs == null) {
                mine = new CompletableFuture<>();
                pending.put(url, mine);
            }
        }
        if (mine == null) {
            return await(theirs, url, operationId).value();
        }
        HttpRequest request = request(url, operationId);
        Token token = null;
        RuntimeException failure = null;
        try {
            HttpResponse<byte[]> response = client.transport().send(request);
            token = read(url, operationId, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            failure = transportFailure(url, operationId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new ApiConnectionException("interrupted during the token request", operationId, "POST", URI.create(url), e);
        } catch (RuntimeException e) {
            failure = e;
        }
        settle(url, mine, token, failure);
        if (failure != null) {
            throw failure;
        }
        return token.value();
    }

    /**
     * {@link #token(String, String)} without blocking.
     *
     * @param url the token URL
     * @param operationId the operation that needs it (for error messages)
     * @return the access token; completes exceptionally with the same exceptions
     */
    public CompletableFuture<String> tokenAsync(String url, String operationId) {
        CompletableFuture<Token> mine;
        synchronized (lock) {
            Token cached = fresh(url);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached.value());
            }
            CompletableFuture<Token> theirs = pending.get(url);
            if (theirs != null) {
                return theirs.thenApply(Token::value);
            }
            mine = new CompletableFuture<>();
            pending.put(url, mine);
        }
        CompletableFuture<HttpResponse<byte[]>> sent;
        try {
            sent = client.transport().sendAsync(request(url, operationId));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((response, error) -> {
            Token token = null;
            RuntimeException failure = null;
            try {
                if (error != null) {
                    Throwable cause = Attempts.unwrap(error);
                    failure = cause instanceof IOException ? transportFailure(url, operationId, (IOException) cause)
                            : cause instanceof RuntimeException ? (RuntimeException) cause
                            : new ApiConnectionException("the token request failed", operationId, "POST", URI.create(url), cause);
                } else {
                    token = read(url, operationId, response.statusCode(), response.headers(), response.body());
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            settle(url, mine, token, failure);
        });
        return mine.thenApply(Token::value);
    }

    /**
     * Forgets a token the API refused, unless another call has already replaced it.
     *
     * @param url the token URL
     * @param used the token that was refused
     */
    public void invalidate(String url, String used) {
        synchronized (lock) {
            Token cached = tokens.get(url);
            if (cached != null && cached.value().equals(used)) {
                tokens.remove(url);
            }
        }
    }

    private Token fresh(String url) {
        Token cached = tokens.get(url);
        if (cached == null || (cached.staleAt() != null && !client.clock().instant().isBefore(cached.staleAt()))) {
            return null;
        }
        return cached;
    }

    private void settle(String url, CompletableFuture<Token> mine, Token token, RuntimeException failure) {
        synchronized (lock) {
            if (token != null) {
                tokens.put(url, token);
            }
            pending.remove(url, mine);
        }
        if (failure != null) {
            mine.completeExceptionally(failure);
        } else {
            mine.complete(token);
        }
    }

    private static Token await(CompletableFuture<Token> future, String url, String operationId) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while waiting for a token", operationId, "POST", URI.create(url), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new ApiConnectionException("the token request failed", operationId, "POST", URI.create(url), e.getCause());
        }
    }

    /** The token request: {@code grant_type=client_credentials}, the client authenticated with HTTP Basic (RFC 6749 2.3.1). */
    private HttpRequest request(String url, String operationId) {
        StringBuilder form = new StringBuilder("grant_type=client_credentials");
        if (!client.scopes().isEmpty()) {
            form.append("&scope=").append(formEncode(String.join(" ", client.scopes())));
        }
        String pair = formEncode(client.clientId()) + ":" + formEncode(client.clientSecret());
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.US_ASCII))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/json")
                    .header("User-Agent", client.userAgent());
            if (!client.timeout().isZero() && !client.timeout().isNegative()) {
                builder.timeout(client.timeout());
            }
            if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
                LOG.log(System.Logger.Level.DEBUG, "token request POST {0}", url);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(operationId + ": the token URL '" + url + "' cannot be requested: " + e.getMessage(), e);
        }
    }

    private Token read(String url, String operationId, int status, HttpHeaders headers, byte[] body) {
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "token response POST {0} -> {1}", url, status);
        }
        JsonNode tree = tree(body);
        JsonNode accessToken = tree == null ? null : tree.get("access_token");
        boolean failed = status < 200 || status >= 300;
        if (failed || accessToken == null || !accessToken.isTextual() || accessToken.textValue().isEmpty()) {
            // Whatever the status, the credentials gave no token: the authentication error, with the
            // token endpoint's status (the same in every SDK). RFC 6749 5.2 errors read
            // {"error": "invalid_client", "error_description": "..."}; the body itself stays out of the
            // error, since a token endpoint's answer may hold secrets.
            String code = failed && tree != null && tree.path("error").isTextual() ? tree.get("error").textValue() : null;
            String description = failed && tree != null && tree.path("error_description").isTextual()
                    ? tree.get("error_description").textValue() : null;
            String reason = !failed ? "the answer has no access_token"
                    : description != null ? description
                    : code != null ? code
                    : "status " + status;
            ErrorDetails details = new ErrorDetails(
                    status, code, description, null, null, headers, operationId, "POST", URI.create(url));
            throw new AuthenticationException(
                    operationId + ": the token request failed: " + reason + " (POST " + url + " returned " + status + ")",
                    details);
        }
        JsonNode expiresIn = tree.get("expires_in");
        Instant staleAt = null;
        if (expiresIn != null && (expiresIn.isNumber() || expiresIn.isTextual() && expiresIn.textValue().matches("\\d+"))) {
            long seconds = expiresIn.isNumber() ? expiresIn.asLong() : Long.parseLong(expiresIn.textValue());
            staleAt = client.clock().instant().plusSeconds(seconds).minus(REFRESH_MARGIN);
        }
        return new Token(accessToken.textValue(), staleAt);
    }

    /** The body as JSON; null when empty or not JSON (a 2xx is then refused, an error keeps its status). */
    private static JsonNode tree(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static ApiConnectionException transportFailure(String url, String operationId, IOException error) {
        String detail = error.getMessage() == null || error.getMessage().isEmpty()
                ? error.getClass().getSimpleName() : error.getMessage();
        String message = operationId + ": the token request failed: " + detail;
        if (error instanceof HttpTimeoutException) {
            return new ApiTimeoutException(message, operationId, "POST", URI.create(url), error);
        }
        return new ApiConnectionException(message, operationId, "POST", URI.create(url), error);
    }

    private static String formEncode(String text) {
        return Requests.percentEncode(text).replace("%20", "+");
    }
}
