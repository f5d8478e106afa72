package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.platformexample.sdk.core.TestServer.Recorded;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions with refresh-token rotation, against a fake API whose refresh operation revokes the
 * refresh token it is given: the pair a login gives, renewal after a 401 and before the expiry,
 * one refresh for many concurrent calls (blocking and async), a refused refresh token, the token
 * store, logout.
 */
class SessionTest {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static final Operation<Map<String, Object>> LOGIN = Operation.<Map<String, Object>>builder("login", "POST", "/login")
            .body("application/json", true)
            .security()
            .json("200", MAP)
            .session(Operation.SessionRole.of(Operation.SessionKind.LOGIN)
                    .accessToken("session", "access").refreshToken("session", "refresh").expiresIn("session", "ttl"))
            .build();
    private static final Operation<Map<String, Object>> REFRESH = Operation.<Map<String, Object>>builder("refresh", "POST", "/refresh")
            .body("application/json", true)
            .security()
            .json("200", MAP)
            .session(Operation.SessionRole.of(Operation.SessionKind.REFRESH).requestField("refreshToken")
                    .accessToken("session", "access").refreshToken("session", "refresh").expiresIn("session", "ttl"))
            .build();
    private static final Operation<Map<String, Object>> LOGOUT = Operation.<Map<String, Object>>builder("logout", "POST", "/logout")
            .body("application/json", false)
            .security(SecurityScheme.http("bearer"))
            .json("200", MAP)
            .session(Operation.SessionRole.of(Operation.SessionKind.LOGOUT).requestField("refreshToken"))
            .build();
    private static final Operation<Map<String, Object>> ME = Operation.<Map<String, Object>>builder("me", "GET", "/me")
            .security(SecurityScheme.http("bearer"))
            .json("200", MAP)
            .build();
    private static final Operation<Map<String, Object>> KEYED = Operation.<Map<String, Object>>builder("keyed", "GET", "/keyed")
            .security(SecurityScheme.apiKey(Operation.Location.HEADER, "X-Key"))
            .json("200", MAP)
            .build();
    private static final Map<String, Operation<?>> OPERATIONS =
            Map.of("login", LOGIN, "refresh", REFRESH, "logout", LOGOUT, "me", ME, "keyed", KEYED);

    private TestServer server;
    private RecordingSleeper sleeper;
    /** The fake API's one valid pair; a refresh revokes the refresh token it is given. */
    private volatile String validAccess = "a0";
    private volatile String validRefresh = "r0";
    private final AtomicInteger refreshes = new AtomicInteger();
    private volatile long ttl = 900;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
        server.handler(this::answer);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private synchronized Reply answer(Recorded request) {
        switch (request.path()) {
            case "/login":
                return pair();
            case "/refresh": {
                refreshes.incrementAndGet();
                Map<String, Object> body = Json.mapper().convertValue(Json.toTree(parse(request)), MAP);
                if (!validRefresh.equals(body.get("refreshToken"))) {
                    return Reply.json(401, "{\"code\":\"invalid_refresh_token\",\"message\":\"revoked\"}");
                }
                int n = refreshes.get();
                validAccess = "a" + n;
                validRefresh = "r" + n;
                return pair().delayed(50); // slow enough for the other calls to arrive meanwhile
            }
            case "/logout":
            case "/keyed":
                return Reply.json(200, "{}");
            default:
                return ("Bearer " + validAccess).equals(request.header("Authorization"))
                        ? Reply.json(200, "{\"ok\":true}")
                        : Reply.json(401, "{\"code\":\"unauthorized\",\"message\":\"expired\"}");
        }
    }

    private static Object parse(Recorded request) {
        try {
            return Json.mapper().readTree(request.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply pair() {
        return Reply.json(200, "{\"session\":{\"access\":\"" + validAccess + "\",\"refresh\":\"" + validRefresh
                + "\",\"ttl\":" + ttl + "}}");
    }

    private ClientBuilder<ApiClient> client() {
        return ClientBuilder.create(c -> c, OPERATIONS).baseUrl(server.baseUrl()).sleeper(sleeper).clock(sleeper.clock())
                .jitter(() -> 0.5);
    }

    private long requestsTo(String path) {
        return server.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    @Test
    void aLoginAnswerOpensTheSessionAndItsTokenIsSent() {
        ApiClient client = client().build();
        assertEquals(SessionTokens.none(), client.sessionTokens());
        client.call(LOGIN, null, null, Map.of("email", "a@b.c"), null);
        assertEquals("a0", client.sessionTokens().accessToken());
        assertEquals("r0", client.sessionTokens().refreshToken());
        assertEquals(sleeper.clock().instant().plusSeconds(900), client.sessionTokens().expiresAt());
        client.call(ME, null, null, null, null);
        assertEquals("Bearer a0", server.last().header("Authorization"));
        assertEquals(0, refreshes.get());
    }

    @Test
    void tenConcurrentCallsWithAnExpiredAccessTokenCauseExactlyOneRefresh() throws Exception {
        ApiClient client = client().session("expired", "r0").build();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Map<String, Object>>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return client.call(ME, null, null, null, null);
                }));
            }
            go.countDown();
            for (Future<Map<String, Object>> call : calls) {
                assertEquals(true, call.get(30, TimeUnit.SECONDS).get("ok"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, refreshes.get());
        assertEquals("a1", client.sessionTokens().accessToken());
        assertEquals("r1", client.sessionTokens().refreshToken(), "the rotated pair is kept");
    }

    @Test
    void tenConcurrentAsyncCallsWithAnExpiredAccessTokenCauseExactlyOneRefresh() {
        ApiClient client = client().session("expired", "r0").build();
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(client.callAsync(ME, null, null, null, null));
        }
        for (CompletableFuture<Map<String, Object>> call : calls) {
            assertEquals(true, call.join().get("ok"));
        }
        assertEquals(1, refreshes.get());
        assertEquals("r1", client.sessionTokens().refreshToken());
    }

    @Test
    void theAccessTokenIsRenewedBeforeItExpires() {
        ttl = 60;
        ApiClient client = client().build();
        client.call(LOGIN, null, null, Map.of(), null);
        sleeper.clock().advance(Duration.ofSeconds(29));
        client.call(ME, null, null, null, null);
        assertEquals(0, refreshes.get(), "not yet within the margin");
        sleeper.clock().advance(Duration.ofSeconds(2));
        client.call(ME, null, null, null, null);
        assertEquals(1, refreshes.get());
        assertEquals("Bearer a1", server.last().header("Authorization"));
        assertEquals(2, requestsTo("/me"), "no refused attempt: renewed before sending");
    }

    @Test
    void aRevokedRefreshTokenIsTheAuthenticationErrorAndIsNotRetried() {
        validRefresh = "r-other";
        ApiClient client = client().session("expired", "r0").build();
        AuthenticationException error = assertThrows(AuthenticationException.class, () -> client.call(ME, null, null, null, null));
        assertEquals(401, error.status());
        assertEquals(1, refreshes.get());
        assertEquals(1, requestsTo("/me"), "the call is not retried");
        assertEquals(SessionTokens.none(), client.sessionTokens(), "the session is over");
        assertThrows(AuthenticationException.class, () -> client.call(ME, null, null, null, null));
        assertEquals(1, refreshes.get(), "nothing left to refresh with");
    }

    @Test
    void aRevokedRefreshTokenFailsEveryWaitingAsyncCallWithOneRefresh() {
        validRefresh = "r-other";
        ApiClient client = client().session("expired", "r0").build();
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(client.callAsync(ME, null, null, null, null));
        }
        for (CompletableFuture<Map<String, Object>> call : calls) {
            Throwable error = assertThrows(Exception.class, call::join);
            assertTrue(error.getCause() instanceof AuthenticationException, String.valueOf(error));
        }
        assertEquals(1, refreshes.get());
    }

    @Test
    void theTokenStoreLoadsOnceAndSavesEveryPair() {
        List<SessionTokens> saved = new CopyOnWriteArrayList<>();
        AtomicInteger loads = new AtomicInteger();
        TokenStore store = new TokenStore() {
            @Override
            public SessionTokens load() {
                loads.incrementAndGet();
                return SessionTokens.of("stale", "r0", null);
            }

            @Override
            public void save(SessionTokens tokens) {
                saved.add(tokens);
            }
        };
        ApiClient client = client().tokenStore(store).build();
        client.call(ME, null, null, null, null);
        client.call(ME, null, null, null, null);
        assertEquals(1, loads.get());
        assertEquals(1, saved.size());
        assertEquals("r1", saved.get(0).refreshToken());
        client.call(LOGOUT, null, null, null, null);
        assertEquals(SessionTokens.none(), saved.get(1));
    }

    @Test
    void logoutSendsTheRefreshTokenAndForgetsTheSession() {
        ApiClient client = client().build();
        client.call(LOGIN, null, null, Map.of(), null);
        client.call(LOGOUT, null, null, null, null);
        assertEquals("{\"refreshToken\":\"r0\"}", server.last().bodyText());
        assertEquals("Bearer a0", server.last().header("Authorization"));
        assertEquals(SessionTokens.none(), client.sessionTokens());
    }

    @Test
    void copiesShareTheSessionUnlessGivenTheirOwn() {
        ApiClient client = client().build();
        client.call(LOGIN, null, null, Map.of(), null);
        ApiClient copy = ClientBuilder.from(client.options(), c -> c, OPERATIONS).build();
        copy.call(ME, null, null, null, null);
        assertEquals("Bearer a0", server.last().header("Authorization"));
        ApiClient own = ClientBuilder.from(client.options(), c -> c, OPERATIONS).session("mine", "").build();
        assertEquals("mine", own.sessionTokens().accessToken());
        assertEquals("a0", client.sessionTokens().accessToken());
    }

    @Test
    void aTokenOfTheClientOrTheCallWinsOverTheSession() {
        ApiClient client = client().session("expired", "r0").token("static").build();
        assertThrows(AuthenticationException.class, () -> client.call(ME, null, null, null, null));
        assertEquals("Bearer static", server.last().header("Authorization"));
        ApiClient session = client().session("expired", "r0").build();
        RequestOptions own = RequestOptions.builder().header("Authorization", "Bearer mine").build();
        assertThrows(AuthenticationException.class, () -> session.call(ME, null, null, null, own));
        assertEquals(0, refreshes.get(), "no refresh for a token the session did not give");
        session.call(KEYED, null, null, null, null);
        assertNull(server.last().header("Authorization"), "an operation without a bearer scheme gets no session token");
    }

    @Test
    void anApiWithoutSessionOperationsRefusesSessionSettings() {
        Map<String, Operation<?>> plain = Map.of("me", ME);
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> ClientBuilder.create(c -> c, plain).baseUrl(server.baseUrl()).session("a", "r").build());
        assertTrue(error.getMessage().contains("no login or refresh operation"), error.getMessage());
    }
}
