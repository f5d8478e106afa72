package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.platformexample.sdk.core.TestServer.Recorded;
import io.platformexample.sdk.core.TestServer.Reply;
import io.platformexample.sdk.errors.InvalidArgumentException;
import io.platformexample.sdk.internal.Requests;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestsTest {
    private TestServer server;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        server.handler(r -> Reply.json(200, "{}"));
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pathValuesAreEncodedOneByOne() {
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, Map.of("id", "a/b c?#"), null, null, null);
        assertEquals("/items/a%2Fb%20c%3F%23", server.last().path());
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, Map.of("id", ".."), null, null, null);
        assertEquals("/items/%2E%2E", server.last().path());
    }

    @Test
    void pathTemplatesAreSplitOnceAndFilledInOrder() {
        Operation<Object> op = Operation.builder("many", "GET", "/a/{x}/{y}.json").build();
        assertEquals(List.of("/a/", "x", "/", "y", ".json"), op.pathParts());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("x", 7L);
        values.put("y", true);
        assertEquals("/a/7/true.json", Requests.renderPath(op, values));
        assertEquals(List.of("/plain"), Operation.builder("p", "GET", "/plain").build().pathParts());
        // braces that do not enclose a name are literal text, as before
        Operation<Object> odd = Operation.builder("odd", "GET", "/{}/{a{b}/c}/{z").build();
        assertEquals(List.of("/{}/{a", "b", "/c}/{z"), odd.pathParts());
        assertEquals("/{}/{a%2B/c}/{z", Requests.renderPath(odd, Map.of("b", "+")));
        assertEquals(List.of("", "id", ""), Operation.builder("bare", "GET", "{id}").build().pathParts());
    }

    @Test
    void aMissingPathParameterIsRefusedBeforeSending() {
        ApiClient client = Fakes.client(server, sleeper).build();
        InvalidArgumentException missing = assertThrows(
                InvalidArgumentException.class, () -> client.call(Fakes.GET_ITEM, Map.of(), null, null, null));
        assertEquals("getItem: path parameter 'id' is required and must not be empty (got nothing)", missing.getMessage());
        InvalidArgumentException empty = assertThrows(
                InvalidArgumentException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", ""), null, null, null));
        assertTrue(empty.getMessage().contains("(got '')"), empty.getMessage());
        assertThrows(InvalidArgumentException.class, () -> client.call(Fakes.GET_ITEM, null, null, null, null));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void anUnknownOperationIdIsRefusedWithSuggestions() {
        ApiClient client = Fakes.client(server, sleeper).build();
        InvalidArgumentException error = assertThrows(
                InvalidArgumentException.class, () -> client.request("getItems", Map.of("id", "a"), null, null, null));
        assertEquals("unknown operationId 'getItems'; did you mean 'getItem'?", error.getMessage());
        assertTrue(client.requestAsync("nope", null, null, null, null).isCompletedExceptionally());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void queryValuesAreSentAsStrings() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("tags", List.of("a", "b"));
        query.put("ids", List.of(1, 2));
        query.put("active", true);
        query.put("since", OffsetDateTime.parse("2025-01-02T03:04:05Z"));
        query.put("skipped", null);
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, Map.of("id", 7), query, null, null);
        Recorded request = server.last();
        assertEquals("/items/7", request.path());
        assertEquals(List.of("a", "b"), request.query().get("tags"));
        assertEquals("1,2", request.query("ids"));
        assertEquals("true", request.query("active"));
        assertEquals("2025-01-02T03:04:05Z", request.query("since"));
        assertNull(request.query("skipped"));
    }

    @Test
    void headerAndCookieParametersAreRoutedByLocation() {
        Map<String, Object> query = Map.of("X-Trace", "t-1", "session", "s 1");
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, Map.of("id", "a"), query, null, null);
        Recorded request = server.last();
        assertEquals("t-1", request.header("X-Trace"));
        assertEquals("session=s%201", request.header("Cookie"));
        assertNull(request.rawQuery());
    }

    @Test
    void authTenantUserAgentAndHeaders() {
        ApiClient client = Fakes.client(server, sleeper).token("tok-1").tenantId("tenant-9").header("X-Client", "c").build();
        client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, RequestOptions.builder().header("X-Call", "d").build());
        Recorded request = server.last();
        assertEquals("Bearer tok-1", request.header("Authorization"));
        assertEquals("tenant-9", request.header("X-Tenant-ID"));
        assertEquals("c", request.header("X-Client"));
        assertEquals("d", request.header("X-Call"));
        assertEquals("application/json", request.header("Accept"));
        assertEquals("fake-sdk/1.2.3 java/" + System.getProperty("java.version"), request.header("User-Agent"));
    }

    @Test
    void noAuthHeadersWithoutAToken() {
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertNull(server.last().header("Authorization"));
        assertNull(server.last().header("X-Tenant-ID"));
    }

    @Test
    void theSignerSignsEveryAttemptAfterTheOtherHeaders() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(201, "{}"));
        AtomicInteger nonce = new AtomicInteger();
        List<String> seenAuth = new ArrayList<>();
        RequestSigner signer = request -> {
            seenAuth.add(request.header("Authorization"));
            request.setHeader("X-Agent-Id", "agent-1");
            request.setHeader("X-Nonce", "n" + nonce.incrementAndGet());
            request.setHeader("X-Signature", request.method() + " " + request.uri().getPath() + " " + new String(request.body()));
        };
        Fakes.client(server, sleeper).token("t").signer(signer).build()
                .call(Fakes.CREATE_ITEM, null, null, Map.of("a", 1), null);
        List<Recorded> requests = server.requests();
        assertEquals(2, requests.size());
        assertEquals("n1", requests.get(0).header("X-Nonce"));
        assertEquals("n2", requests.get(1).header("X-Nonce"));
        assertEquals("agent-1", requests.get(1).header("X-Agent-Id"));
        assertEquals("POST /items {\"a\":1}", requests.get(1).header("X-Signature"));
        assertEquals(List.of("Bearer t", "Bearer t"), seenAuth);
    }

    @Test
    void jsonBodiesKeepWireKeysAndNulls() {
        Map<String, Object> body = new HashMap<>();
        body.put("commit_sha", null);
        Fakes.client(server, sleeper).build().call(Fakes.PATCH_ITEM, Map.of("id", "a"), null, body, null);
        assertEquals("{\"commit_sha\":null}", server.last().bodyText());
        assertEquals("application/json", server.last().header("Content-Type"));
    }

    @Test
    void bodyRulesAreCheckedBeforeSending() {
        ApiClient client = Fakes.client(server, sleeper).build();
        InvalidArgumentException required = assertThrows(
                InvalidArgumentException.class, () -> client.call(Fakes.CREATE_ITEM, null, null, null, null));
        assertEquals("createItem: a request body is required", required.getMessage());
        InvalidArgumentException none = assertThrows(
                InvalidArgumentException.class, () -> client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, Map.of("x", 1), null));
        assertTrue(none.getMessage().startsWith("getItem: this operation takes no request body"), none.getMessage());
        assertTrue(server.requests().isEmpty());
        client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, Map.of(), null); // an empty map is no body
        assertEquals("", server.last().bodyText());
    }

    @Test
    void formAndMultipartBodies() {
        ApiClient client = Fakes.client(server, sleeper).build();
        client.call(Fakes.UPLOAD_FORM, null, null, Map.of("name", "a b", "n", 2), null);
        String form = server.last().bodyText();
        assertTrue(form.equals("name=a%20b&n=2") || form.equals("n=2&name=a%20b"), form);
        client.call(Fakes.UPLOAD_FILE, null, null, Map.of("file", FilePart.of("a.txt", "hi".getBytes()), "note", "x"), null);
        Recorded upload = server.last();
        assertTrue(upload.header("Content-Type").startsWith("multipart/form-data; boundary="));
        assertTrue(upload.bodyText().contains("filename=\"a.txt\""));
        assertTrue(upload.bodyText().contains("\r\n\r\nhi\r\n"));
        assertTrue(upload.bodyText().contains("name=\"note\"\r\n\r\nx\r\n"));
    }

    @Test
    void baseUrlIsValidated() {
        assertThrows(InvalidArgumentException.class, () -> Fakes.client(server, sleeper).baseUrl("not a url").build());
        assertThrows(InvalidArgumentException.class, () -> Fakes.client(server, sleeper).baseUrl(null).build());
        assertThrows(InvalidArgumentException.class, () -> Fakes.client(server, sleeper).maxRetries(-1).build());
        ApiClient client = Fakes.client(server, sleeper).baseUrl(server.baseUrl() + "/prefix/").build();
        client.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals("/prefix/items/a", server.last().path());
    }

    @Test
    void typedParamsGoThroughTheSamePath() {
        CallParams params = new CallParams() {
            @Override
            public Map<String, Object> pathParams() {
                return Map.of("id", "p");
            }

            @Override
            public Map<String, Object> queryParams() {
                return Map.of("active", false);
            }

            @Override
            public Object body() {
                return null;
            }
        };
        Fakes.client(server, sleeper).build().call(Fakes.GET_ITEM, params, null);
        assertEquals("/items/p", server.last().path());
        assertEquals("false", server.last().query("active"));
    }

    @Test
    void withOptionsCopiesShareTheTransport() {
        ApiClient base = Fakes.client(server, sleeper).token("a").build();
        ApiClient copy = ClientBuilder.from(base.options(), c -> c, base.operations()).token("b").build();
        assertEquals(base.options().transport(), copy.options().transport());
        copy.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals("Bearer b", server.last().header("Authorization"));
        base.call(Fakes.GET_ITEM, Map.of("id", "a"), null, null, null);
        assertEquals("Bearer a", server.last().header("Authorization"));
        assertNotEquals(base.options(), copy.options());
    }
    /** OpenAPI 3.1's path style examples: color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}. */
    @Test
    void pathStylesFollowTheOpenApiStyleTable() {
        List<String> array = List.of("blue", "black", "brown");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("R", 100);
        object.put("G", 200);
        object.put("B", 150);
        List<String> reserved = List.of("a,b;c", "x/y.z");
        Map<String, String> keyed = Map.of("k=1", "v&2");
        Object[][] table = {
            {"simple", false, "blue", "blue"},
            {"simple", false, array, "blue,black,brown"},
            {"simple", false, object, "R,100,G,200,B,150"},
            {"simple", true, "blue", "blue"},
            {"simple", true, array, "blue,black,brown"},
            {"simple", true, object, "R=100,G=200,B=150"},
            {"label", false, "blue", ".blue"},
            {"label", false, array, ".blue,black,brown"},
            {"label", false, object, ".R,100,G,200,B,150"},
            {"label", true, "blue", ".blue"},
            {"label", true, array, ".blue.black.brown"},
            {"label", true, object, ".R=100.G=200.B=150"},
            {"matrix", false, "blue", ";color=blue"},
            {"matrix", false, array, ";color=blue,black,brown"},
            {"matrix", false, object, ";color=R,100,G,200,B,150"},
            {"matrix", true, "blue", ";color=blue"},
            {"matrix", true, array, ";color=blue;color=black;color=brown"},
            {"matrix", true, object, ";R=100;G=200;B=150"},
            // reserved characters in names, keys and values are percent-encoded one by one
            {"label", true, reserved, ".a%2Cb%3Bc.x%2Fy.z"},
            {"matrix", true, reserved, ";color=a%2Cb%3Bc;color=x%2Fy.z"},
            {"matrix", false, keyed, ";color=k%3D1,v%262"},
            {"matrix", true, keyed, ";k%3D1=v%262"},
            {"label", false, keyed, ".k%3D1,v%262"},
        };
        for (Object[] row : table) {
            Operation<Object> op = styled((String) row[0], (Boolean) row[1]);
            assertEquals("/paint/" + row[3] + "/now", Requests.renderPath(op, Map.of("color", row[2])),
                    row[0] + " explode=" + row[1]);
        }
        // and on the wire, as the server receives it
        Fakes.client(server, sleeper).build().call(styled("matrix", true), Map.of("color", array), null, null, null);
        assertEquals("/paint/;color=blue;color=black;color=brown/now", server.last().path());
        for (String style : List.of("label", "matrix")) {
            for (Object empty : List.of("", List.of(), Map.of())) {
                assertThrows(InvalidArgumentException.class,
                        () -> Requests.renderPath(styled(style, true), Map.of("color", empty)));
            }
        }
    }

    private static Operation<Object> styled(String style, boolean explode) {
        return Operation.builder("paint", "GET", "/paint/{color}/now")
                .param("color", Operation.Location.PATH, true, style, explode)
                .build();
    }
}
