package io.platformexample.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.platformexample.sdk.core.HttpListener;
import io.platformexample.sdk.core.LoggedRequest;
import io.platformexample.sdk.core.LoggedResponse;
import io.platformexample.sdk.core.RequestOptions;
import io.platformexample.sdk.core.SessionTokens;
import io.platformexample.sdk.errors.ApiStatusException;
import io.platformexample.sdk.errors.AuthenticationException;
import io.platformexample.sdk.errors.NotFoundException;
import io.platformexample.sdk.models.AuthSession;
import io.platformexample.sdk.models.MembershipList;
import io.platformexample.sdk.models.Profile;
import io.platformexample.sdk.models.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Platform SDK against the reference server's Platform API (started by
 * tests/sdk_java/test_java_platform.py, which sets PLATFORM_LIVE_ROOT): tenants and sessions with
 * refresh-token rotation on the real wire.
 */
class PlatformLiveTest {
    static final String ADMIN_KEY = "lsk_demoAdminKey0000000000000000000000000000000";
    static final String USER_KEY = "lsk_demoUserKey00000000000000000000000000000000";

    static String root() {
        String value = System.getenv("PLATFORM_LIVE_ROOT");
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("PLATFORM_LIVE_ROOT is not set: run this through tests/sdk_java/test_java_platform.py");
        }
        return value;
    }

    /** Every request the client sends: its path and the value of one header ("" when absent). */
    static final class Recorder implements HttpListener {
        final List<String> sent = new CopyOnWriteArrayList<>();
        private final String header;

        Recorder(String header) {
            this.header = header;
        }

        @Override
        public void onRequest(LoggedRequest request) {
            List<String> values = request.headers().get(header);
            sent.add(request.uri().getPath() + "=" + (values == null ? "" : values.get(0)));
        }

        @Override
        public void onResponse(LoggedResponse response) {
            // only requests are recorded
        }

        long count(String pathSuffix) {
            return sent.stream().filter(s -> s.substring(0, s.indexOf('=')).endsWith(pathSuffix)).count();
        }
    }

    @Test
    void theTenantHeaderGoesOnlyWhereTheSpecSays() {
        Recorder recorder = new Recorder("X-Tenant-ID");
        PlatformClient user = PlatformClient.builder().baseUrl(root() + "/v1").token(USER_KEY).listener(recorder).build();
        MembershipList memberships = user.tenants().listTenants(null, null, null);
        assertFalse(memberships.memberships().isEmpty(), "the demo user belongs to a tenant");
        String tenantId = memberships.memberships().get(0).tenantId();
        ApiStatusException refused = assertThrows(ApiStatusException.class, () -> user.tenants().getCurrentTenant(null, null, null));
        assertEquals(400, refused.status(), "a user key without a tenant is refused: " + refused.getMessage());

        PlatformClient scoped = user.withOptions(b -> b.tenantId(tenantId));
        Tenant tenant = scoped.tenants().getCurrentTenant(null, null, null);
        assertEquals(tenantId, tenant.id());
        recorder.sent.clear();
        scoped.tenants().listTenants(null, null, null);
        assertEquals(List.of("/v1/tenants="), recorder.sent, "an unscoped operation sent the tenant");

        assertThrows(NotFoundException.class, () -> scoped.tenants().getCurrentTenant(null, null, null,
                RequestOptions.builder().tenantId("ten_someoneElse").build()),
                "a tenant the key is no member of answers 404");

        PlatformClient admin = PlatformClient.builder().baseUrl(root() + "/v1").token(ADMIN_KEY).build();
        admin.tenants().getCurrentTenant(null, null, null); // an admin key needs no tenant
    }

    /** Moves the server's manual clock forward. */
    static void advance(int seconds) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(root() + "/_admin/advance?seconds=" + seconds))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    static String email() {
        return "java-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    @Test
    void registerThenConcurrentCallsAfterExpiryRefreshOnce() throws Exception {
        Recorder recorder = new Recorder("Authorization");
        PlatformClient client = PlatformClient.builder().baseUrl(root() + "/v1").listener(recorder).build();
        AuthSession registered = client.auth().register(null, null,
                Map.of("email", email(), "password", "correct horse", "displayName", "Duke"));
        SessionTokens opened = client.core().sessionTokens();
        assertEquals(registered.accessToken(), opened.accessToken(), "the register answer opens the session");
        assertEquals(registered.refreshToken(), opened.refreshToken());
        String first = registered.refreshToken();

        advance(901); // the server's access token expired; the client's clock does not know
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Profile>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return client.auth().getProfile(null, null, null);
                }));
            }
            go.countDown();
            for (Future<Profile> call : calls) {
                call.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, recorder.count("/auth/refresh"), "10 calls after the expiry: one refresh");
        SessionTokens rotated = client.core().sessionTokens();
        assertNotEquals(first, rotated.refreshToken(), "the rotated pair is stored");
        assertFalse(rotated.refreshToken().isEmpty());

        advance(901); // again, with the async methods
        List<CompletableFuture<Profile>> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pending.add(client.auth().getProfileAsync(null, null, null));
        }
        for (CompletableFuture<Profile> call : pending) {
            call.get(60, TimeUnit.SECONDS);
        }
        assertEquals(2, recorder.count("/auth/refresh"), "10 async calls after the expiry: one more refresh");

        // The first refresh token was revoked by the rotation: a client holding it gets the
        // authentication error, after one refresh attempt and no more.
        Recorder stale = new Recorder("Authorization");
        PlatformClient old = PlatformClient.builder().baseUrl(root() + "/v1").listener(stale).session("expired-access", first).build();
        assertThrows(AuthenticationException.class, () -> old.auth().getProfile(null, null, null));
        assertEquals(1, stale.count("/auth/refresh"));
        assertEquals(SessionTokens.none(), old.core().sessionTokens());

        client.auth().logout(null, null, null);
        assertEquals(SessionTokens.none(), client.core().sessionTokens(), "logout forgets the session");
    }
}
