package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Recorded;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.InvalidArgumentException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request signatures (the shared test vectors, the client signing every attempt of a signed
 * operation, redaction) and operations sent to another host than the base URL.
 */
class SigningTest {
    static final Signature AGENT = Signature.hmacSha256("X-Agent-Id", "X-Timestamp", "X-Nonce", "X-Signature");
    static final String SECRET = "ags_test_secret";
    static final String NONCE = "00112233445566778899aabbccddeeff";
    static final byte[] RESULT = "{\"status\":\"success\",\"exitCode\":0}".getBytes(StandardCharsets.UTF_8);

    static final Operation<Object> HEARTBEAT = Operation.<Object>builder("heartbeat", "POST", "/agent/heartbeat")
            .host("agent")
            .body("application/json", true)
            .security(SecurityScheme.signed(AGENT))
            .json("200", Object.class)
            .build();
    static final Operation<Object> RUN = Operation.<Object>builder("run", "POST", "/triggers/{id}/run")
            .host("agent")
            .param("id", Operation.Location.PATH, true, "simple", false)
            .body("application/json", false)
            .security(SecurityScheme.http("bearer"))
            .json("202", Object.class)
            .build();
    static final Operation<Object> ME = Operation.<Object>builder("me", "GET", "/me")
            .security(SecurityScheme.http("bearer"))
            .json("200", Object.class)
            .build();
    static final Map<String, Operation<?>> OPERATIONS = Map.of("heartbeat", HEARTBEAT, "run", RUN, "me", ME);

    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientBuilder<ApiClient> builder() {
        return ClientBuilder.create(c -> c, OPERATIONS).baseUrl(server.baseUrl() + "/api")
                .hosts(Map.of("agent", server.baseUrl())).sleeper(new RecordingSleeper()).jitter(() -> 0.5);
    }

    @Test
    void theSignerReproducesTheSharedVectors() {
        Signer signer = new Signer(AGENT, "agt_1", SECRET);
        assertEquals("9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
                signer.signature("POST", "/agent/jobs/job_1/result?x=1", RESULT, 1700000000L, NONCE));
        assertEquals("n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY=",
                new Signer(AGENT.encoding("base64"), "agt_1", SECRET)
                        .signature("POST", "/agent/jobs/job_1/result?x=1", RESULT, 1700000000L, NONCE));
        assertEquals("86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99",
                signer.signature("GET", "/agent/stream", null, 1700000000L, NONCE));
        assertEquals("86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99",
                signer.signature("get", "/agent/stream", new byte[0], 1700000000L, NONCE));
    }

    @Test
    void signGivesTheFourHeadersWithAnInjectedClockAndNonce() {
        Signer signer = new Signer(AGENT, "agt_1", SECRET).withClock(() -> 1700000000L).withNonces(() -> NONCE);
        Map<String, String> headers = signer.sign("POST", "/agent/jobs/job_1/result?x=1", RESULT);
        assertEquals(List.of("X-Agent-Id", "X-Timestamp", "X-Nonce", "X-Signature"), new ArrayList<>(headers.keySet()));
        assertEquals("agt_1", headers.get("X-Agent-Id"));
        assertEquals("1700000000", headers.get("X-Timestamp"));
        assertEquals(NONCE, headers.get("X-Nonce"));
        assertEquals("9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6", headers.get("X-Signature"));
        Clock fixed = Clock.fixed(Instant.ofEpochSecond(1700000000L), ZoneOffset.UTC);
        Map<String, String> random = new Signer(AGENT, "agt_1", SECRET).withClock(fixed).sign("GET", "/agent/stream", null);
        assertEquals("1700000000", random.get("X-Timestamp"));
        assertTrue(random.get("X-Nonce").matches("[0-9a-f]{32}"), random.get("X-Nonce"));
        assertFalse(signer.toString().contains(SECRET), signer.toString());
        assertEquals("/a/b?c=d%20e", Signer.target(URI.create("http://h:1/a/b?c=d%20e")));
        assertEquals("/", Signer.target(URI.create("http://h:1")));
    }

    @Test
    void badSignerArgumentsAreTheSdksError() {
        assertThrows(InvalidArgumentException.class, () -> new Signer(AGENT, "", SECRET));
        assertThrows(InvalidArgumentException.class, () -> new Signer(AGENT, "agt_1", null));
        assertThrows(InvalidArgumentException.class, () -> AGENT.encoding("base32"));
        assertThrows(InvalidArgumentException.class, () -> AGENT.canonical("method", "body"));
        assertThrows(InvalidArgumentException.class, () -> AGENT.nonceBytes(4));
    }

    @Test
    void everyAttemptOfASignedOperationIsSignedAfreshOnItsHost() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(200, "{\"ok\":true}"));
        List<LoggedRequest> seen = new ArrayList<>();
        HttpListener listener = new HttpListener() {
            @Override
            public void onRequest(LoggedRequest request) {
                seen.add(request);
            }
        };
        ApiClient client = builder().token("user-token").signingKey("agt_1", SECRET).listener(listener).build();
        client.call(HEARTBEAT, null, null, Map.of("version", "1.0"), RequestOptions.builder().idempotencyKey("k").build());
        List<Recorded> requests = server.requests();
        assertEquals(2, requests.size());
        for (Recorded request : requests) {
            assertEquals("/agent/heartbeat", request.path());
            assertEquals("agt_1", request.header("X-Agent-Id"));
            assertNull(request.header("Authorization")); // the operation takes only the signature
            Signer check = new Signer(AGENT, "agt_1", SECRET);
            assertEquals(check.signature("POST", "/agent/heartbeat", request.body(),
                    Long.parseLong(request.header("X-Timestamp")), request.header("X-Nonce")), request.header("X-Signature"));
        }
        assertNotEquals(requests.get(0).header("X-Nonce"), requests.get(1).header("X-Nonce"));
        assertEquals(2, seen.size());
        assertEquals(List.of(Defaults.REDACTED), seen.get(0).headers().get("X-Signature"));
        assertFalse(seen.toString().contains(SECRET));
    }

    @Test
    void aBearerAndASigningKeyCoexistAndEachOperationGoesToItsHost() {
        server.enqueue(Reply.json(202, "{}"), Reply.json(200, "{}"));
        ApiClient client = builder().token("tk_1").signingKey("agt_1", SECRET).build();
        client.call(RUN, Map.of("id", "trg 1"), null, Map.of(), null);
        client.call(ME, null, null, null, null);
        List<Recorded> requests = server.requests();
        assertEquals("/triggers/trg%201/run", requests.get(0).path());
        assertEquals("Bearer tk_1", requests.get(0).header("Authorization"));
        assertNull(requests.get(0).header("X-Signature"));
        assertEquals("/api/me", requests.get(1).path());
        assertEquals("Bearer tk_1", requests.get(1).header("Authorization"));
    }

    @Test
    void anUnsignedClientSendsNoSignature() {
        server.enqueue(Reply.json(401, "{\"code\":\"invalid_signature\"}"));
        ApiClient client = builder().token("").maxRetries(0).build();
        assertThrows(AuthenticationException.class, () -> client.call(HEARTBEAT, null, null, Map.of(), null));
        assertNull(server.last().header("X-Signature"));
        assertNull(server.last().header("X-Agent-Id"));
    }

    @Test
    void hostsAndSigningKeysComeFromTheEnvironmentAndAreChecked() {
        Map<String, String> env = Map.of("ACME_AGENT_BASE_URL", "https://agent.example/", "ACME_SIGNING_KEY_ID", "agt_env",
                "ACME_SIGNING_SECRET", "s");
        ClientOptions options = builder().environment("ACME", env::get).build().options();
        assertEquals("https://agent.example", options.baseUrl("agent"));
        assertEquals("agt_env", options.signingKeyId());
        ClientOptions given = builder().environment("ACME", env::get).hostBaseUrl("agent", "http://127.0.0.1:9")
                .build().options();
        assertEquals("http://127.0.0.1:9", given.baseUrl("agent"));

        InvalidArgumentException bad = assertThrows(InvalidArgumentException.class,
                () -> builder().hostBaseUrl("agent", "ftp://x").build());
        assertTrue(bad.getMessage().startsWith("agentBaseUrl must be an absolute http(s) URL"), bad.getMessage());
        InvalidArgumentException unknown = assertThrows(InvalidArgumentException.class,
                () -> builder().hostBaseUrl("files", "https://x.example").build());
        assertTrue(unknown.getMessage().contains("no host 'files'"), unknown.getMessage());
        Map<String, String> half = Map.of("ACME_SIGNING_KEY_ID", "agt_env");
        InvalidArgumentException partial = assertThrows(InvalidArgumentException.class,
                () -> builder().environment("ACME", half::get).build());
        assertTrue(partial.getMessage().contains("ACME_SIGNING_SECRET"), partial.getMessage());
        assertThrows(InvalidArgumentException.class, () -> builder().signingKey("agt_1", null).build());
        assertNull(builder().signingKey(null, null).token("").build().options().signingKeyId());
        InvalidArgumentException missing = assertThrows(InvalidArgumentException.class,
                () -> ClientBuilder.create(c -> c, OPERATIONS).baseUrl("https://x.example").build());
        assertTrue(missing.getMessage().contains("'agent'"), missing.getMessage());
    }

    @Test
    void aCopyKeepsHostsAndSigningKey() {
        ApiClient client = builder().hostBaseUrl("agent", "https://agent.example").signingKey("agt_1", SECRET).build();
        ClientOptions copy = ClientBuilder.from(client.options(), c -> c, OPERATIONS).build().options();
        assertEquals("https://agent.example", copy.baseUrl("agent"));
        assertEquals("agt_1", copy.signingKeyId());
        assertEquals(SECRET, copy.signingSecret());
    }
}
