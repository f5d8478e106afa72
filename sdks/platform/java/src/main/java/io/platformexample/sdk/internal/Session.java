package io.platformexample.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.core.Json;
import io.platformexample.sdk.core.Operation;
import io.platformexample.sdk.core.SessionTokens;
import io.platformexample.sdk.core.TokenStore;
import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.ResponseDecodeException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Internal: the session of one client (shared by the copies {@code withOptions} makes): the token
 * pair a login or refresh answer gave, or the builder's {@code session(...)}, or a {@link
 * TokenStore}'s. It renews the access token with the API's refresh operation before it expires
 * and once after a 401, one refresh at a time for every thread and async call of the client: the
 * others wait for that refresh and use its pair. A refresh the API refuses with 401 (a revoked or
 * expired refresh token) ends the session and is the caller's {@code AuthenticationException}.
 */
public final class Session {
    /** How the client sends the refresh operation: the call itself, blocking or not. */
    public interface Refresher {
        /**
         * Sends the refresh operation with this body; its answer updates the session (through {@link
         * #observe}) before this returns.
         *
         * @param body the request body
         * @throws RuntimeException the call's error (the status's {@code ApiStatusException} for a refusal)
         */
        void refresh(Map<String, Object> body);

        /**
         * {@link #refresh} without blocking.
         *
         * @param body the request body
         * @return completes once the session is updated, or exceptionally with the call's error
         */
        CompletableFuture<Void> refreshAsync(Map<String, Object> body);
    }

    private final Operation<?> refreshOperation;
    private final TokenStore store;
    private final Object lock = new Object();
    private boolean loaded;
    private SessionTokens tokens = SessionTokens.none();
    private CompletableFuture<SessionTokens> pending;

    /**
     * A session.
     *
     * @param refreshOperation the API's refresh operation, or null when it has none
     * @param store loads and saves the tokens, or null
     * @param seed the tokens to start with (the builder's {@code session(...)}), or null
     */
    public Session(Operation<?> refreshOperation, TokenStore store, SessionTokens seed) {
        this.refreshOperation = refreshOperation;
        this.store = store;
        if (seed != null) {
            this.tokens = seed;
            this.loaded = true;
        }
    }

    /**
     * The operation of {@code operations} that plays {@code kind}.
     *
     * @param operations the API's operations
     * @param kind the role
     * @return the operation, or null when none plays it
     */
    public static Operation<?> operationOf(Iterable<Operation<?>> operations, Operation.SessionKind kind) {
        for (Operation<?> operation : operations) {
            if (operation.session() != null && operation.session().kind() == kind) {
                return operation;
            }
        }
        return null;
    }

    /**
     * The pair held now, loaded from the store the first time.
     *
     * @return the tokens; {@link SessionTokens#none()} when there is no session
     */
    public SessionTokens current() {
        synchronized (lock) {
            if (!loaded && store != null) {
                SessionTokens stored = store.load();
                tokens = stored == null ? SessionTokens.none() : stored;
            }
            loaded = true;
            return tokens;
        }
    }

    /**
     * Replaces the pair and saves it.
     *
     * @param fresh the new pair
     */
    public void set(SessionTokens fresh) {
        synchronized (lock) {
            tokens = fresh;
            loaded = true;
            if (store != null) {
                store.save(fresh); // under the lock: saves reach the store in the order the pairs came
            }
        }
    }

    /**
     * Whether a refused access token can be renewed: there is a refresh token and an operation to
     * trade it.
     *
     * @return true when {@link #renew} would refresh
     */
    public boolean canRenew() {
        return refreshOperation != null && !current().refreshToken().isEmpty();
    }

    /**
     * The access token to send now, renewed first when it expires within {@link
     * OAuthTokens#REFRESH_MARGIN}. Blocks while a refresh runs.
     *
     * @param clock the client's clock
     * @param refresher sends the refresh operation
     * @return the token, or null when there is no session
     */
    public String token(Clock clock, Refresher refresher) {
        SessionTokens now = current();
        if (expiring(now, clock)) {
            return renew(now.accessToken(), refresher);
        }
        return orNull(now.accessToken());
    }

    /**
     * {@link #token} without blocking.
     *
     * @param clock the client's clock
     * @param refresher sends the refresh operation
     * @return the token (null when there is no session)
     */
    public CompletableFuture<String> tokenAsync(Clock clock, Refresher refresher) {
        SessionTokens now;
        try {
            now = current();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (expiring(now, clock)) {
            return renewAsync(now.accessToken(), refresher);
        }
        return CompletableFuture.completedFuture(orNull(now.accessToken()));
    }

    private static boolean expiring(SessionTokens now, Clock clock) {
        Instant expiresAt = now.expiresAt();
        return expiresAt != null && !now.accessToken().isEmpty() && !now.refreshToken().isEmpty()
                && !clock.instant().isBefore(expiresAt.minus(OAuthTokens.REFRESH_MARGIN));
    }

    /**
     * Renews the access token {@code used}, which the API refused or which expires. When another
     * call renewed it meanwhile, its token is returned with no second refresh; when a refresh is
     * running, this waits for it.
     *
     * @param used the access token the call sent
     * @param refresher sends the refresh operation
     * @return the new access token, or null when there is nothing to renew with
     * @throws RuntimeException the refresh's error: an {@code AuthenticationException} when the
     *     refresh token was refused (the session is then over)
     */
    public String renew(String used, Refresher refresher) {
        Start start = start(used);
        if (start.done != null) {
            return start.done;
        }
        if (start.mine == null) {
            return orNull(await(start.theirs).accessToken());
        }
        RuntimeException failure = null;
        try {
            refresher.refresh(body(start.refreshToken));
        } catch (RuntimeException e) {
            failure = e;
        }
        SessionTokens fresh = finish(start.mine, failure);
        if (failure != null) {
            throw failure;
        }
        return orNull(fresh.accessToken());
    }

    /**
     * {@link #renew} without blocking.
     *
     * @param used the access token the call sent
     * @param refresher sends the refresh operation
     * @return the new access token (null when there is nothing to renew with)
     */
    public CompletableFuture<String> renewAsync(String used, Refresher refresher) {
        Start start;
        try {
            start = start(used);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (start.done != null) {
            return CompletableFuture.completedFuture(start.done);
        }
        if (start.mine == null) {
            return start.theirs.thenApply(t -> orNull(t.accessToken()));
        }
        CompletableFuture<SessionTokens> mine = start.mine;
        CompletableFuture<Void> sent;
        try {
            sent = refresher.refreshAsync(body(start.refreshToken));
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ignored, error) -> {
            RuntimeException failure = null;
            if (error != null) {
                Throwable cause = Attempts.unwrap(error);
                failure = cause instanceof RuntimeException ? (RuntimeException) cause
                        : new ApiConnectionException("the session refresh failed", refreshOperation.operationId(),
                                refreshOperation.method(), null, cause);
            }
            try {
                finish(mine, failure);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            }
        });
        return mine.thenApply(t -> orNull(t.accessToken()));
    }

    /** What {@link #renew} found under the lock: a token at once, a refresh to wait for, or its own to run. */
    private static final class Start {
        private String done;
        private CompletableFuture<SessionTokens> theirs;
        private CompletableFuture<SessionTokens> mine;
        private String refreshToken;
    }

    private Start start(String used) {
        Start start = new Start();
        synchronized (lock) {
            SessionTokens now = current();
            if (!now.accessToken().isEmpty() && !now.accessToken().equals(used)) {
                start.done = now.accessToken(); // renewed by another call since
                return start;
            }
            if (pending != null) {
                start.theirs = pending;
                return start;
            }
            if (now.refreshToken().isEmpty() || refreshOperation == null) {
                start.theirs = CompletableFuture.completedFuture(SessionTokens.none()); // nothing to renew with
                return start;
            }
            start.mine = new CompletableFuture<>();
            start.refreshToken = now.refreshToken();
            pending = start.mine;
            return start;
        }
    }

    /**
     * Ends a refresh: a 401 ends the session; the calls waiting get the new pair or the same error.
     * Throws only what reading or saving the pair threw after a successful refresh.
     */
    private SessionTokens finish(CompletableFuture<SessionTokens> mine, RuntimeException failure) {
        SessionTokens fresh = SessionTokens.none();
        RuntimeException error = failure;
        try {
            if (failure instanceof ApiStatusException && ((ApiStatusException) failure).status() == 401) {
                set(SessionTokens.none());
            } else if (failure == null) {
                fresh = current();
            }
        } catch (RuntimeException e) {
            if (error == null) {
                error = e;
            } else {
                error.addSuppressed(e);
            }
        }
        synchronized (lock) {
            if (pending == mine) {
                pending = null;
            }
        }
        if (error != null) {
            mine.completeExceptionally(error);
            if (failure == null) {
                throw error;
            }
            return fresh;
        }
        mine.complete(fresh);
        return fresh;
    }

    private Map<String, Object> body(String refreshToken) {
        return Map.of(refreshOperation.session().requestField(), refreshToken);
    }

    private SessionTokens await(CompletableFuture<SessionTokens> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while waiting for the session refresh",
                    refreshOperation == null ? "" : refreshOperation.operationId(), "POST", null, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new ApiConnectionException("the session refresh failed",
                    refreshOperation == null ? "" : refreshOperation.operationId(), "POST", null, e.getCause());
        }
    }

    /**
     * Updates the session after a successful call of a session operation: a login or a refresh
     * stores the pair of its answer, a logout forgets the session.
     *
     * @param operation the operation (its {@link Operation#session()} is not null)
     * @param status the answer's status
     * @param body the answer's body
     * @param clock the client's clock, for the expiry
     * @throws ResponseDecodeException when a login or refresh answer holds no access token
     */
    public void observe(Operation<?> operation, int status, byte[] body, Clock clock) {
        Operation.SessionRole role = operation.session();
        if (role.kind() == Operation.SessionKind.LOGOUT) {
            set(SessionTokens.none());
            return;
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw new ResponseDecodeException(operation.operationId() + ": the session answer is not JSON: "
                    + e.getMessage(), status, "", operation.operationId(), e);
        }
        JsonNode access = at(tree, role.accessToken());
        if (access == null || !access.isTextual() || access.textValue().isEmpty()) {
            throw new ResponseDecodeException(operation.operationId() + ": the session answer has no access token at "
                    + String.join(".", role.accessToken()), status, "", operation.operationId(), null);
        }
        String refresh = "";
        if (!role.refreshToken().isEmpty()) {
            JsonNode node = at(tree, role.refreshToken());
            if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
                throw new ResponseDecodeException(operation.operationId() + ": the session answer has no refresh token at "
                        + String.join(".", role.refreshToken()), status, "", operation.operationId(), null);
            }
            refresh = node.textValue();
        }
        Instant expiresAt = null;
        if (!role.expiresIn().isEmpty()) {
            JsonNode seconds = at(tree, role.expiresIn());
            if (seconds != null && seconds.isNumber() && seconds.doubleValue() > 0) {
                expiresAt = clock.instant().plus(Duration.ofMillis((long) (seconds.doubleValue() * 1000)));
            }
        }
        set(SessionTokens.of(access.textValue(), refresh, expiresAt));
    }

    private static JsonNode at(JsonNode tree, List<String> path) {
        JsonNode node = tree;
        for (String key : path) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(key);
        }
        return node;
    }

    private static String orNull(String token) {
        return token == null || token.isEmpty() ? null : token;
    }
}
