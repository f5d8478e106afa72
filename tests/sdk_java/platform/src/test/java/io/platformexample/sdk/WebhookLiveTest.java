package io.platformexample.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.platformexample.sdk.core.WebhookEvent;
import io.platformexample.sdk.errors.WebhookVerificationException;
import io.platformexample.sdk.models.AuthSession;
import io.platformexample.sdk.models.SecretRotated;
import io.platformexample.sdk.models.TenantCreatedEvent;
import io.platformexample.sdk.models.WebhookCreated;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A webhook delivered by the Platform reference server to a receiver this test runs, verified with
 * {@link PlatformClient#verifyWebhook}: a test delivery, a tampered copy refused, and both secrets
 * during a rotation.
 */
class WebhookLiveTest {
    /** One delivery as the receiver got it: its headers and raw body. */
    static final class Delivery {
        final Map<String, List<String>> headers;
        final byte[] body;

        Delivery(Map<String, List<String>> headers, byte[] body) {
            this.headers = headers;
            this.body = body;
        }
    }

    @Test
    void aDeliveryIsVerifiedWithTheHelper() throws Exception {
        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Delivery(new TreeMap<>(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            PlatformClient client = PlatformClient.builder().baseUrl(PlatformLiveTest.root() + "/v1").build();
            AuthSession owner = client.auth().register(null, null,
                    Map.of("email", PlatformLiveTest.email(), "password", "correct horse", "displayName", "Hooks"));
            PlatformClient scoped = client.withOptions(b -> b.tenantId(owner.memberships().get(0).tenantId()));
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            WebhookCreated created = scoped.webhooks().createWebhook(null, null,
                    Map.of("name", "Java receiver", "url", url, "events", List.of("member.added")));
            Map<String, String> hook = Map.of("webhookId", created.webhook().id());
            scoped.webhooks().testWebhook(hook, null, null);
            Delivery got = received.poll(60, TimeUnit.SECONDS); // made before the call answers; the bound only ends a hang
            assertNotNull(got, "no delivery arrived");

            WebhookEvent event = PlatformClient.verifyWebhook(got.headers, got.body, created.secret());
            assertEquals("tenant.created", event.type());
            assertTrue(event.test(), "a test delivery is marked");
            TenantCreatedEvent payload = event.payloadAs(TenantCreatedEvent.class);
            assertFalse(payload.data().tenant().id().isEmpty());

            byte[] tampered = got.body.clone();
            tampered[tampered.length - 2] ^= 1;
            assertThrows(WebhookVerificationException.class, () -> PlatformClient.verifyWebhook(got.headers, tampered, created.secret()));

            SecretRotated rotated = scoped.webhooks().rotateWebhookSecret(hook, null, null);
            scoped.webhooks().testWebhook(hook, null, null);
            Delivery next = received.poll(60, TimeUnit.SECONDS);
            assertNotNull(next, "no delivery arrived after the rotation");
            assertEquals("tenant.created",
                    PlatformClient.verifyWebhook(next.headers, next.body, created.secret(), rotated.secret()).type(),
                    "the old and the new secret during the rotation");
            assertThrows(WebhookVerificationException.class,
                    () -> PlatformClient.verifyWebhook(next.headers, next.body, created.secret()),
                    "the old secret alone no longer verifies");
        } finally {
            receiver.stop(0);
        }
    }
}
