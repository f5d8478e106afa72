package io.platformexample.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.platformexample.sdk.core.EventStream;
import io.platformexample.sdk.core.ServerSentEvent;
import io.platformexample.sdk.models.AuthSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Run by tests/sdk_java/test_java_platform.py against a server started with
 * PLATFORM_STREAM_CUT_AFTER=2: every connection of the event stream ends after two events, and the
 * SDK's stream must resume with nothing lost or repeated.
 */
class StreamLiveTest {
    /** The token of the newest invitation mailed to an address (the server's test outbox). */
    static String inviteToken(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                PlatformLiveTest.root() + "/_platform/outbox?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = null;
        for (JsonNode mail : new ObjectMapper().readTree(response.body()).path("emails")) {
            if ("invite".equals(mail.path("kind").asText())) {
                token = mail.path("token").asText();
            }
        }
        if (token == null) {
            throw new AssertionError("no invitation mailed to " + address + ": " + response.body());
        }
        return token;
    }

    @Test
    void theStreamResumesAfterTheServerCutsIt() throws Exception {
        PlatformLiveTest.Recorder recorder = new PlatformLiveTest.Recorder("Last-Event-ID");
        PlatformClient client = PlatformClient.builder().baseUrl(PlatformLiveTest.root() + "/v1").listener(recorder).build();
        AuthSession owner = client.auth().register(null, null,
                Map.of("email", PlatformLiveTest.email(), "password", "correct horse", "displayName", "Streamer"));
        PlatformClient scoped = client.withOptions(b -> b.tenantId(owner.memberships().get(0).tenantId()));
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String address = PlatformLiveTest.email();
            scoped.tenants().inviteMember(null, null, Map.of("email", address, "role", "user"));
            AuthSession member = PlatformClient.builder().baseUrl(PlatformLiveTest.root() + "/v1").build().auth().register(null, null,
                    Map.of("email", address, "password", "correct horse", "displayName", "Joiner",
                            "invitationToken", inviteToken(address)));
            joined.add(member.user().id());
        }
        Map<String, String> who = Map.of("userId", joined.get(0));
        scoped.tenants().changeMemberRole(who, null, Map.of("role", "admin"));
        scoped.tenants().removeMember(who, null, null);

        List<String> want = List.of("member.added", "member.added", "member.role_changed", "member.removed");
        List<String> got = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        recorder.sent.clear();
        try (EventStream events = scoped.events().streamEvents(null, null, null)) {
            for (ServerSentEvent event : events) {
                got.add(event.event());
                ids.add(event.id().orElse(""));
                if (got.size() == want.size()) {
                    break;
                }
            }
        }
        Set<String> unique = new HashSet<>(ids);
        assertEquals(want, got, "events " + got + " ids " + ids);
        assertEquals(ids.size(), unique.size(), "each event once: " + ids);
        assertTrue(recorder.count("/events/stream") >= 2, "the server cut the stream and it was resumed: " + recorder.sent);
        assertEquals("/v1/events/stream=" + ids.get(1), recorder.sent.get(1), "resumed after the last event delivered");
    }
}
