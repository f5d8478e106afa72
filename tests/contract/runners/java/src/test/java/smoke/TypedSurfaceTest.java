package smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.axhub.sdk.AxHubClient;
import ai.axhub.sdk.core.EmptyResult;
import ai.axhub.sdk.core.Json;
import ai.axhub.sdk.core.Paged;
import ai.axhub.sdk.core.Tail;
import ai.axhub.sdk.core.TailOptions;
import ai.axhub.sdk.core.WaitOptions;
import ai.axhub.sdk.errors.ApiStatusException;
import ai.axhub.sdk.errors.ClientClosedException;
import ai.axhub.sdk.errors.ClientErrorException;
import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.PermissionDeniedException;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.DeploymentStatus;
import ai.axhub.sdk.models.LogLine;
import ai.axhub.sdk.models.LogLineStream;
import ai.axhub.sdk.models.Release;
import ai.axhub.sdk.models.TriggerSource;
import ai.axhub.sdk.params.DeploymentsLifecycleReleasesParams;
import ai.axhub.sdk.params.DeploymentsListParams;
import ai.axhub.sdk.params.DeploymentsLogsParams;
import ai.axhub.sdk.params.DeploymentsRollbackParams;
import ai.axhub.sdk.params.DeploymentsTriggerParams;
import ai.axhub.sdk.resources.DeploymentsResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's friendly surface against a live reference server, written as a user would: the
 * base URL comes from AXHUB_BASE_URL (read by the client's builder); trigger a deployment of shop
 * ({@code deployments().trigger}), wait until it succeeded, read it back ({@code get}), read its
 * logs (the first page async, then every line through the auto-paging {@code logs}), tail them,
 * roll production back and forth ({@code rollback}), list releases ({@code
 * deployments().lifecycle().releases}), cancel a second one (EmptyResult), read a member's 403
 * (PermissionDeniedException with its code), and see a closed client refuse calls. The waits use
 * the friendly {@code deployments().waitFor} with its bounds, and the tail {@code followLogs}
 * (bounded by maxPolls and a stop callback). Without AXHUB_BASE_URL the test is skipped. tests/contract/test_smoke_java.py runs it.
 */
class TypedSurfaceTest {
    static final String SHOP = "0c000000-0000-4000-8000-000000000001";
    static final String SHOP_V1 = "0d000000-0000-4000-8000-000000000101";
    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final String OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef";

    static AxHubClient client(String token) {
        String baseUrl = System.getenv("AXHUB_BASE_URL");
        assumeTrue(baseUrl != null && !baseUrl.isEmpty(), "AXHUB_BASE_URL is not set");
        return AxHubClient.builder().token(token).build();
    }

    @Test
    void friendlySurface() throws Exception {
        AxHubClient closed;
        try (AxHubClient owner = client("tok_owner"); AxHubClient member = client("tok_member")) {
            closed = owner;
            DeploymentsResource deployments = owner.deployments();

            // Trigger a deployment of a given commit: the body's fields sit on the params builder.
            Deployment started = deployments.trigger(SHOP, DeploymentsTriggerParams.builder().commitSha(SHA).build());
            assertEquals(DeploymentStatus.PENDING, started.status());
            assertEquals(TriggerSource.MANUAL, started.triggerSource());
            assertEquals(SHA, started.commitSha());
            assertTrue(started.completedAt().isEmpty(), "completed_at of a pending deployment");

            // Wait until it succeeded (the seed's waiter), then read it back.
            Deployment done = deployments.waitFor(SHOP, started.id(),
                    new WaitOptions(Duration.ofSeconds(60), Duration.ofMillis(100)).withMaxPolls(600));
            assertEquals(DeploymentStatus.SUCCEEDED, done.status());
            Deployment got = deployments.get(SHOP, started.id());
            assertEquals(started.id(), got.id());
            assertEquals(DeploymentStatus.SUCCEEDED, got.status());
            assertTrue(got.failureReason().isEmpty());
            assertEquals("gcr.io/axhub-apps/acme/shop:0123456789ab", got.imageUri().orElse(null));
            assertFalse(got.completedAt().orElseThrow().isBefore(got.startedAt()));
            String encoded = Json.toJson(got);
            assertTrue(encoded.contains("\"status\":\"succeeded\"") && encoded.contains("\"app_id\":\"" + SHOP + "\""),
                    encoded);

            // The list method gives its first page (items, hasNextPage, nextPage) and iterates
            // every item across pages; its async twin gives the first page without blocking.
            List<String> ids = new ArrayList<>();
            Paged<Deployment> page = deployments.list(SHOP, DeploymentsListParams.builder().limit(1).build());
            assertEquals(1, page.items().size());
            assertTrue(page.hasNextPage());
            assertEquals(1, page.nextPage().items().size());
            for (Deployment d : page) {
                ids.add(d.id());
            }
            assertTrue(ids.contains(started.id()), ids.toString());
            Paged<Deployment> firstPage = deployments.listAsync(SHOP, DeploymentsListParams.builder().limit(1).build()).get();
            assertEquals(1, firstPage.items().size());
            List<String> async = new ArrayList<>();
            firstPage.forEachAsync(d -> async.add(d.id())).get();
            assertEquals(ids, async);

            // Logs: the newest page (async), then every line across pages (autoPager).
            Paged<LogLine> newest = deployments.logsAsync(SHOP, DeploymentsLogsParams.builder().limit(2).build()).get();
            assertTrue(newest.hasNextPage());
            assertEquals(2, newest.items().size());
            assertEquals("server listening on :8080", newest.items().get(1).message());
            int count = 0;
            for (LogLine line : deployments.logs(SHOP, DeploymentsLogsParams.builder().limit(100).build()).autoPager()) {
                assertFalse(line.message().isEmpty());
                assertNotNull(line.timestamp());
                count++;
            }
            assertEquals(250 + 6, count, "the fixture's lines and this deployment's");

            // Logs, followed forward from the deployment's start: its six lines, then the stop callback.
            List<LogLine> tailed = new ArrayList<>();
            try (Tail<LogLine> tail = deployments.followLogs(SHOP,
                    DeploymentsLogsParams.builder().since(done.startedAt()).limit(100).build(),
                    new TailOptions(Duration.ofMillis(100), 50).withStop(() -> tailed.size() >= 6))) {
                tail.forEach(tailed::add);
            }
            assertEquals(6, tailed.size(), tailed.toString());
            assertEquals(LogLineStream.STDOUT, tailed.get(0).stream());

            // Roll production back to v1, then forward to the new deployment.
            assertSame(EmptyResult.INSTANCE, deployments.rollback(SHOP, SHOP_V1));
            deployments.rollback(SHOP, done.id(), DeploymentsRollbackParams.builder().confirmSchemaSkew(false).build());
            List<String> live = new ArrayList<>();
            for (Release release : deployments.lifecycle().releases(
                    SHOP, DeploymentsLifecycleReleasesParams.builder().limit(1).build())) {
                if (Boolean.TRUE.equals(release.activeProd())) {
                    live.add(release.deploymentId());
                }
            }
            assertEquals(List.of(done.id()), live, "releases live in production");

            // A second deployment, cancelled while it runs: an EmptyResult.
            Deployment second = deployments.trigger(SHOP, DeploymentsTriggerParams.builder().commitSha(OTHER_SHA).build());
            EmptyResult cancelled = deployments.cancel(SHOP, second.id());
            assertTrue(cancelled.isEmpty());
            Deployment fin = deployments.waitForAsync(SHOP, second.id(),
                    new WaitOptions(Duration.ofSeconds(10), Duration.ofMillis(100))).get();
            assertEquals(DeploymentStatus.CANCELLED, fin.status());

            // A plain member may not deploy.
            PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
                    () -> member.deployments().trigger(SHOP));
            assertEquals(403, denied.status());
            assertEquals("forbidden", denied.code());
            // The body as the spec's declared error model for 403.
            ai.axhub.sdk.models.Error problem = denied.errorBody(ai.axhub.sdk.models.Error.class).orElseThrow();
            assertEquals("forbidden", problem.code());
            assertEquals(403L, problem.statusCode());
            assertEquals("deployPostApiV1AppsByAppIDDeployments", denied.operationId());
            assertInstanceOf(ClientErrorException.class, denied);
            assertInstanceOf(ApiStatusException.class, denied);

            // A missing path parameter is the SDK's argument error, before anything is sent.
            assertThrows(InvalidArgumentException.class, () -> deployments.get(SHOP, null));
        }
        // A closed client refuses calls with the SDK's own error.
        assertThrows(ClientClosedException.class, () -> closed.deployments().get(SHOP, SHOP_V1));
    }
}
