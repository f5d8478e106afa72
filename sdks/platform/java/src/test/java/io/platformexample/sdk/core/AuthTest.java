package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.platformexample.sdk.core.TestServer.Recorded;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Security schemes per operation: basic, API keys in three places, bearer, none, and OAuth2 client credentials. */
class AuthTest {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static final Operation<Map<String, Object>> BASIC = secured("basic", SecurityScheme.http("basic"));
    private static final Operation<Map<String, Object>> BEARER = secured("bearer", SecurityScheme.http("bearer"));
    private static final Operation<Map<String, Object>> HEADER_KEY =
            secured("headerKey", SecurityScheme.apiKey(Operation.Location.HEADER, "X-Key"));
    private static final Operation<Map<String, Object>> QUERY_KEY =
            secured("queryKey", SecurityScheme.apiKey(Operation.Location.QUERY, "api_key"));
    private static final Operation<Map<String, Object>> COOKIE_KEY = Operation.<Map<String, Object>>builder("cookieKey", "GET", "/cookieKey")
            .param("session", Operation.Location.COOKIE, false, "form", true)
            .security(SecurityScheme.apiKey(Operation.Location.COOKIE, "key"))
            .json("200", MAP)
            .build();
    private static final Operation<Map<String, Object>> PUBLIC = secured("public");
    private static final Operation<Map<String, Object>> UNDECLARED = Operation.<Map<String, Object>>builder("undeclared", "GET", "/undeclared")
            .json("200", MAP)
            .build();
    private static final Operation<Map<String, Object>> EITHER = secured(
            "either", SecurityScheme.http("basic"), SecurityScheme.http("bearer"), SecurityScheme.apiKey(Operation.Location.HEADER, "X-Key"));
    private static final Operation<Map<String, Object>> OAUTH = secured("oauth", SecurityScheme.oauth2("/token"));
    private static final Operation<Map<String, Object>> CREATE = Operation.<Map<String, Object>>builder("create", "POST", "/create")
            .body("application/json", true)
            .security(SecurityScheme.oauth2("/token"))
            .json("200", MAP)
            .build();

    private TestServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Operation<Map<String, Object>> secured(String name, SecurityScheme... schemes) {
        return Operation.<Map<String, Object>>builder(name, "GET", "/" + name).security(schemes).json("200", MAP).build();
    }

    private ClientBuilder<ApiClient> client() {
        Map<String, Operation<?>> operations = Map.of("oauth", OAUTH);
        return ClientBuilder.create(c -> c, operations)
                .baseUrl(server.baseUrl())
                .sleeper(sleeper)
                .clock(sleeper.clock())
                .jitter(() -> 0.5);
    }

    private Recorded call(ApiClient client, Operation<Map<String, Object>> operation) {
        server.enqueue(Reply.json(200, "{}"));
        client.call(operation, null, null, null, null);
        return server.last();
    }

    private List<Recorded> requestsTo(String path) {
        List<Recorded> found = new ArrayList<>();
        for (Recorded recorded : server.requests()) {
            if (recorded.path().equals(path)) {
                found.add(recorded);
            }
        }
        return found;
    }

    /** The token endpoint hands out tok1, tok2, ...; every other path answers 200 {}. */
    private AtomicInteger issueTokens(String extra) {
        AtomicInteger issued = new AtomicInteger();
        server.handler(r -> r.path().equals("/token")
                ? Reply.json(200, "{\"access_token\":\"tok" + issued.incrementAndGet() + "\",\"token_type\":\"Bearer\"" + extra + "}")
                : Reply.json(200, "{}"));
        return issued;
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicAuthSendsTheUserAndPassword() {
        ApiClient client = client().username("ada").password("pä:ss").token("unused").build();
        assertEquals(basic("ada:pä:ss"), call(client, BASIC).header("Authorization"));
        ApiClient noPassword = client().username("ada").build();
        assertEquals(basic("ada:"), call(noPassword, BASIC).header("Authorization"));
    }

    @Test
    void anApiKeyGoesWhereItsSchemeSays() {
        ApiClient client = client().apiKey("k&y 1").token("unused").build();
        Recorded header = call(client, HEADER_KEY);
        assertEquals("k&y 1", header.header("X-Key"));
        assertNull(header.header("Authorization"));

        Recorded query = call(client, QUERY_KEY);
        assertEquals("k&y 1", query.query("api_key"));
        assertNull(query.header("X-Key"));

        server.enqueue(Reply.json(200, "{}"));
        client.call(COOKIE_KEY, null, Map.of("session", "s1"), null, null);
        assertEquals("session=s1; key=k%26y%201", server.last().header("Cookie"));
    }

    @Test
    void anOperationWithoutSecuritySendsNothing() {
        ApiClient client = client().token("t").apiKey("k").username("u").password("p").build();
        Recorded recorded = call(client, PUBLIC);
        assertNull(recorded.header("Authorization"));
        assertNull(recorded.header("X-Key"));
        assertNull(recorded.header("Cookie"));
        assertNull(recorded.rawQuery());
    }

    @Test
    void aTokenGoesToBearerOperationsAndEverywhereWhenTheApiDeclaresNoSchemes() {
        ApiClient client = client().token("t0k").build();
        assertEquals("Bearer t0k", call(client, BEARER).header("Authorization"));
        assertEquals("Bearer t0k", call(client, UNDECLARED).header("Authorization"));
        assertNull(call(client, BASIC).header("Authorization"));
        assertNull(call(client().token("").build(), BEARER).header("Authorization"));
    }

    @Test
    void authorizationHoldsTheFirstSchemeTheClientHasACredentialFor() {
        Recorded both = call(client().username("u").password("p").token("t").apiKey("k").build(), EITHER);
        assertEquals(basic("u:p"), both.header("Authorization"));
        assertEquals("k", both.header("X-Key"));
        Recorded tokenOnly = call(client().token("t").build(), EITHER);
        assertEquals("Bearer t", tokenOnly.header("Authorization"));
        assertNull(tokenOnly.header("X-Key"));
    }

    @Test
    void secretsAreRedactedForTheListenerAndInErrors() {
        List<LoggedRequest> seen = new ArrayList<>();
        HttpListener listener = new HttpListener() {
            @Override
            public void onRequest(LoggedRequest request) {
                seen.add(request);
            }
        };
        ApiClient client = client().apiKey("sekrit").listener(listener).maxRetries(0).build();
        call(client, HEADER_KEY);
        assertEquals(List.of(Defaults.REDACTED), seen.get(0).headers().get("x-key"));
        server.enqueue(Reply.json(404, "{\"message\":\"nope\"}"));
        ApiStatusException error = assertThrows(ApiStatusException.class, () -> client.call(QUERY_KEY, null, null, null, null));
        assertEquals("sekrit", server.last().query("api_key"));
        assertFalse(error.getMessage().contains("sekrit"), error.getMessage());
        assertFalse(error.url().toString().contains("sekrit"));
        assertFalse(seen.get(1).uri().toString().contains("sekrit"), seen.get(1).uri().toString());
        assertTrue(seen.get(1).uri().toString().contains("api_key=[REDACTED]"), seen.get(1).uri().toString());
    }

    @Test
    void theOAuthTokenIsFetchedOnceAndReused() {
        AtomicInteger issued = issueTokens(",\"expires_in\":3600");
        ApiClient client = client().clientId("my id").clientSecret("s3cr:t").scopes("read", "write").build();
        client.call(OAUTH, null, null, null, null);
        client.call(OAUTH, null, null, null, null);
        assertEquals(1, issued.get());

        Recorded token = requestsTo("/token").get(0);
        assertEquals("POST", token.method());
        assertEquals(basic("my+id:s3cr%3At"), token.header("Authorization"));
        assertEquals("application/x-www-form-urlencoded", token.header("Content-Type"));
        assertEquals("application/json", token.header("Accept"));
        assertEquals("grant_type=client_credentials&scope=read+write", token.bodyText());
        for (Recorded call : requestsTo("/oauth")) {
            assertEquals("Bearer tok1", call.header("Authorization"));
        }
    }

    @Test
    void theOAuthTokenIsRefreshedWhenItExpires() {
        AtomicInteger issued = issueTokens(",\"expires_in\":120");
        ApiClient client = client().clientId("id").clientSecret("secret").build();
        client.call(OAUTH, null, null, null, null);
        sleeper.clock().advance(Duration.ofSeconds(89)); // still more than the 30 s margin left
        client.call(OAUTH, null, null, null, null);
        assertEquals(1, issued.get());
        sleeper.clock().advance(Duration.ofSeconds(1)); // 120 - 30 s have passed
        client.call(OAUTH, null, null, null, null);
        assertEquals(2, issued.get());
        List<Recorded> calls = requestsTo("/oauth");
        assertEquals("Bearer tok1", calls.get(1).header("Authorization"));
        assertEquals("Bearer tok2", calls.get(2).header("Authorization"));
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheCallRetried() {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger(1);
        server.handler(r -> {
            if (r.path().equals("/token")) {
                return Reply.json(200, "{\"access_token\":\"tok" + issued.incrementAndGet() + "\"}");
            }
            return refusals.getAndDecrement() > 0 ? Reply.json(401, "{\"code\":\"expired\"}") : Reply.json(200, "{\"ok\":true}");
        });
        ApiClient client = client().clientId("id").clientSecret("secret").maxRetries(0).build();
        assertEquals(Map.of("ok", true), client.call(CREATE, null, null, Map.of("a", 1), null));
        assertEquals(2, issued.get());
        List<Recorded> calls = requestsTo("/create");
        assertEquals("Bearer tok1", calls.get(0).header("Authorization"));
        assertEquals("Bearer tok2", calls.get(1).header("Authorization"));
        assertEquals("{\"a\":1}", calls.get(1).bodyText());
        assertTrue(sleeper.sleeps().isEmpty());

        refusals.set(2); // refused again with the new token: the 401 is the answer
        assertThrows(AuthenticationException.class, () -> client.call(CREATE, null, null, Map.of("a", 1), null));
        assertEquals(3, issued.get());
    }

    @Test
    void aRefusedTokenIsReplacedInAsyncCallsToo() {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger(1);
        server.handler(r -> r.path().equals("/token")
                ? Reply.json(200, "{\"access_token\":\"tok" + issued.incrementAndGet() + "\"}")
                : refusals.getAndDecrement() > 0 ? Reply.json(401, "{}") : Reply.json(200, "{\"ok\":true}"));
        ApiClient client = client().clientId("id").clientSecret("secret").build();
        assertEquals(Map.of("ok", true), client.callAsync(OAUTH, null, null, null, null).join());
        assertEquals(2, issued.get());
    }

    @Test
    void concurrentCallsShareOneTokenRequest() {
        AtomicInteger issued = new AtomicInteger();
        server.handler(r -> r.path().equals("/token")
                ? Reply.json(200, "{\"access_token\":\"tok" + issued.incrementAndGet() + "\",\"expires_in\":3600}").delayed(200)
                : Reply.json(200, "{}"));
        ApiClient client = client().clientId("id").clientSecret("secret").build();
        List<CompletableFuture<Map<String, Object>>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(client.callAsync(OAUTH, null, null, null, null));
        }
        CompletableFuture<Void> blocking = CompletableFuture.runAsync(() -> client.call(OAUTH, null, null, null, null));
        calls.forEach(CompletableFuture::join);
        blocking.join();
        assertEquals(1, issued.get());
        assertEquals(7, requestsTo("/oauth").size());
    }

    @Test
    void aTokenEndpointRefusalIsAnAuthenticationError() {
        server.handler(r -> r.path().equals("/token")
                ? Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}")
                : Reply.json(200, "{}"));
        ApiClient client = client().clientId("id").clientSecret("hunter2").build();
        AuthenticationException error = assertThrows(AuthenticationException.class, () -> client.call(OAUTH, null, null, null, null));
        assertEquals(401, error.status());
        assertEquals("invalid_client", error.code());
        assertTrue(error.getMessage().contains("token request"), error.getMessage());
        assertTrue(error.getMessage().contains("unknown client"), error.getMessage());
        assertFalse(error.getMessage().contains("hunter2"));
        assertTrue(requestsTo("/oauth").isEmpty());

        CompletableFuture<Map<String, Object>> async = client.callAsync(OAUTH, null, null, null, null);
        Throwable cause = assertThrows(Exception.class, async::join).getCause();
        assertTrue(cause instanceof AuthenticationException, String.valueOf(cause));
    }

    /** The same rule in every SDK: whatever went wrong, the authentication error with the endpoint's status. */
    @Test
    void everyTokenEndpointFailureIsAnAuthenticationErrorWithItsStatus() {
        final class Case {
            private final Reply reply;
            private final int status;
            private final String code;
            private final String reason;

            Case(Reply reply, int status, String code, String reason) {
                this.reply = reply;
                this.status = status;
                this.code = code;
                this.reason = reason;
            }

            public Reply reply() {
                return reply;
            }

            public int status() {
                return status;
            }

            public String code() {
                return code;
            }

            public String reason() {
                return reason;
            }

            @Override
            public boolean equals(Object other) {
                if (this == other) {
                    return true;
                }
                if (!(other instanceof Case)) {
                    return false;
                }
                Case that = (Case) other;
                return Objects.equals(reply, that.reply)
                        && Objects.equals(status, that.status)
                        && Objects.equals(code, that.code)
                        && Objects.equals(reason, that.reason);
            }

            @Override
            public int hashCode() {
                return Objects.hash(reply, status, code, reason);
            }

            @Override
            public String toString() {
                return "Case[reply=" + reply + ", status=" + status + ", code=" + code + ", reason=" + reason + "]";
            }
        }
        List<Case> cases = List.of(
                new Case(Reply.json(400, "{\"error\":\"invalid_scope\"}"), 400, "invalid_scope", "invalid_scope"),
                new Case(Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"who?\"}"), 401, "invalid_client", "who?"),
                new Case(Reply.text(500, "text/plain", "down"), 500, null, "status 500"),
                new Case(Reply.json(200, "{\"token_type\":\"Bearer\"}"), 200, null, "the answer has no access_token"),
                new Case(Reply.text(200, "text/html", "<html>login</html>"), 200, null, "the answer has no access_token"));
        for (Case expected : cases) {
            server.handler(r -> r.path().equals("/token") ? expected.reply() : Reply.json(200, "{}"));
            ApiClient client = client().clientId("id").clientSecret("hunter2").build();
            AuthenticationException error = assertThrows(AuthenticationException.class, () -> client.call(OAUTH, null, null, null, null));
            String message = error.getMessage();
            assertEquals(expected.status(), error.status(), message);
            assertEquals(expected.code(), error.code(), message);
            assertTrue(message.contains("the token request failed: " + expected.reason()), message);
            assertNull(error.body(), message);
            assertFalse(message.contains("hunter2") || error.toString().contains("hunter2"), message);
            assertFalse(message.contains(Base64.getEncoder().encodeToString("id:hunter2".getBytes(StandardCharsets.UTF_8))), message);
        }
        assertTrue(requestsTo("/oauth").isEmpty());
    }

    @Test
    void anUnreachableTokenEndpointIsAConnectionError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        server.handler(r -> Reply.json(200, "{}"));
        ApiClient client = client().clientId("id").clientSecret("secret").tokenUrl("http://127.0.0.1:" + port + "/token").build();
        ApiConnectionException error = assertThrows(ApiConnectionException.class, () -> client.call(OAUTH, null, null, null, null));
        assertTrue(error.getMessage().contains("the token request failed"), error.getMessage());
        assertFalse(error.getMessage().contains("secret"), error.getMessage());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void oauthWithoutClientCredentialsSendsTheToken() {
        assertEquals("Bearer plain", call(client().token("plain").build(), OAUTH).header("Authorization"));
        assertTrue(requestsTo("/token").isEmpty());
    }

    @Test
    void theTokenUrlCanBeReplaced() {
        issueTokens("");
        ApiClient client = client().clientId("id").clientSecret("secret").tokenUrl(server.baseUrl() + "/token").build();
        client.call(OAUTH, null, null, null, null);
        assertEquals("Bearer tok1", server.last().header("Authorization"));
        assertEquals(1, requestsTo("/token").size());
    }

    @Test
    void aClientIdNeedsItsSecret() {
        assertThrows(InvalidArgumentException.class, () -> client().clientId("id").build());
    }

    @Test
    void credentialsCarryOverToCopies() {
        ClientOptions options = client().username("u").password("p").apiKey("k").clientId("i").clientSecret("s")
                .tokenUrl("https://auth.test/t").scopes(List.of("a")).build().options();
        ClientOptions copy = ClientBuilder.from(options, c -> c, Map.of()).build().options();
        assertEquals(List.of("u", "p", "k", "i", "s", "https://auth.test/t", List.of("a")), List.of(
                copy.username(), copy.password(), copy.apiKey(), copy.clientId(), copy.clientSecret(), copy.tokenUrl(),
                copy.scopes()));
    }
}
