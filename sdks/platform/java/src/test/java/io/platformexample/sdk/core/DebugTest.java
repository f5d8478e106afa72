package io.platformexample.sdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.platformexample.sdk.core.TestServer.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DebugTest {
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theListenerSeesEveryAttemptWithSecretsRedacted() {
        server.enqueue(
                Reply.json(503, "{}"),
                Reply.json(201, "{\"ok\":true}").header("Set-Cookie", "session=secret"));
        List<LoggedRequest> requests = new ArrayList<>();
        List<LoggedResponse> responses = new ArrayList<>();
        HttpListener listener = new HttpListener() {
            @Override
            public void onRequest(LoggedRequest request) {
                requests.add(request);
            }

            @Override
            public void onResponse(LoggedResponse response) {
                responses.add(response);
            }
        };
        ApiClient client = Fakes.client(server, new RecordingSleeper())
                .token("super-secret-token")
                .header("Cookie", "a=b")
                .signer(r -> r.setHeader("X-Signature", "sig"))
                .listener(listener)
                .build();
        client.call(Fakes.CREATE_ITEM, null, null, Map.of("name", "n"), null);

        assertEquals(2, requests.size());
        LoggedRequest first = requests.get(0);
        assertEquals(1, first.attempt());
        assertEquals(2, requests.get(1).attempt());
        assertEquals("createItem", first.operationId());
        assertEquals("POST", first.method());
        assertEquals(List.of("[REDACTED]"), first.headers().get("authorization"));
        assertEquals(List.of("[REDACTED]"), first.headers().get("Cookie"));
        assertEquals(List.of("[REDACTED]"), first.headers().get("X-Signature"));
        assertEquals("application/json", first.headers().get("content-type").get(0));
        assertEquals("{\"name\":\"n\"}", first.bodyText());
        assertEquals("Bearer super-secret-token", server.last().header("Authorization"));

        assertEquals(List.of(503, 201), responses.stream().map(LoggedResponse::status).collect(Collectors.toList()));
        assertEquals(List.of("[REDACTED]"), responses.get(1).headers().get("set-cookie"));
        assertEquals("{\"ok\":true}", responses.get(1).bodyText());
    }
}
