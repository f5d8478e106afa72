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
import ai.axhub.sdk.core.ApiClient;
import ai.axhub.sdk.core.EmptyResult;
import ai.axhub.sdk.core.Json;
import ai.axhub.sdk.core.Tail;
import ai.axhub.sdk.core.TailOptions;
import ai.axhub.sdk.core.WaitOptions;
import ai.axhub.sdk.errors.ApiStatusException;
import ai.axhub.sdk.errors.ClientErrorException;
import ai.axhub.sdk.errors.PermissionDeniedException;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.DeploymentStatus;
import ai.axhub.sdk.models.LogLine;
import ai.axhub.sdk.models.LogLineStream;
import ai.axhub.sdk.models.LogPage;
import ai.axhub.sdk.models.Release;
import ai.axhub.sdk.models.RollbackRequest;
import ai.axhub.sdk.models.TriggerDeploymentRequest;
import ai.axhub.sdk.models.TriggerSource;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDDeploymentsByDidParams;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDLogsParams;
import ai.axhub.sdk.params.DeployPostApiV1AppsByAppIDDeploymentsParams;
import ai.axhub.sdk.resources.DeploymentsResource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's typed surface against a live reference server, written as a user would: trigger
 * a deployment of shop, wait until it succeeded, read its logs (paged and tailed), roll production
 * back to it, cancel a second one (EmptyResult), and read a member's 403 (PermissionDeniedException
 * with its code). AXHUB_BASE_URL names the server (freshly reset); without it the test is skipped.
 * tests/contract/test_smoke_java.py runs it.
 */
class TypedSurfaceTest {
    static final String SHOP = "0c000000-0000-4000-8000-000000000001";
    static final String SHOP_V1 = "0d000000-0000-4000-8000-000000000101";
    static final String SHA = "0123456789abcdef0123456789abcdef01234567";
    static final String OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef";

    static AxHubClient client(String token) {
        String baseUrl = System.getenv("AXHUB_BASE_URL");
        assumeTrue(baseUrl != null && !baseUrl.isEmpty(), "AXHUB_BASE_URL is not set");
        return AxHubClient.builder()
                .baseUrl(baseUrl)
                .token(token)
                .build();
    }

    @Test
    void typedSurface() throws Exception {
        try (AxHubClient owner = client("tok_owner"); AxHubClient member = client("tok_member")) {
            DeploymentsResource deployments = owner.deployments();

            // Trigger a deployment of a given commit.
            Deployment started = deployments.deployPostApiV1AppsByAppIDDeployments(
                    DeployPostApiV1AppsByAppIDDeploymentsParams.builder()
                            .appID(SHOP)
                            .body(TriggerDeploymentRequest.builder().commitSha(SHA).build())
                            .build());
            assertEquals(DeploymentStatus.PENDING, started.status());
            assertEquals(TriggerSource.MANUAL, started.triggerSource());
            assertEquals(SHA, started.commitSha());
            assertTrue(started.completedAt().isEmpty(), "completed_at of a pending deployment");

            // Wait until it succeeded.
            Deployment done = deployments.waitForDeployment(
                    DeployGetApiV1AppsByAppIDDeploymentsByDidParams.builder().appID(SHOP).did(started.id()).build()
                            .pathParams(),
                    new WaitOptions(Duration.ofSeconds(60), Duration.ofMillis(100)));
            assertEquals(started.id(), done.id());
            assertEquals(DeploymentStatus.SUCCEEDED, done.status());
            assertTrue(done.failureReason().isEmpty());
            assertEquals("gcr.io/axhub-apps/acme/shop:0123456789ab", done.imageUri().orElse(null));
            assertFalse(done.completedAt().orElseThrow().isBefore(done.startedAt()));
            // The typed result encodes back to its wire shape with the SDK's mapper.
            String encoded = Json.toJson(done);
            assertTrue(encoded.contains("\"status\":\"succeeded\"") && encoded.contains("\"app_id\":\"" + SHOP + "\""),
                    encoded);

            // Logs, paged backward: the newest page ends with the app coming up.
            LogPage newest = deployments.deployGetApiV1AppsByAppIDLogs(
                    DeployGetApiV1AppsByAppIDLogsParams.builder().appID(SHOP).limit(2L).build());
            assertTrue(newest.hasMore());
            assertEquals(2, newest.lines().size());
            assertEquals("server listening on :8080", newest.lines().get(1).message());
            int count = 0;
            for (LogLine line : deployments.iterateDeployGetApiV1AppsByAppIDLogs(
                    DeployGetApiV1AppsByAppIDLogsParams.builder().appID(SHOP).limit(100L).build())) {
                assertFalse(line.message().isEmpty());
                assertNotNull(line.timestamp());
                count++;
            }
            assertEquals(250 + 6, count, "the fixture's lines and this deployment's");

            // Logs, tailed forward from the deployment's start: its six lines in order.
            List<LogLine> tailed = new ArrayList<>();
            try (Tail<LogLine> tail = deployments.tailLogs(
                    Map.of("appID", SHOP), Map.of("since", done.startedAt().toString(), "limit", 100),
                    new TailOptions(Duration.ofMillis(100), 50))) {
                while (tailed.size() < 6 && tail.hasNext()) {
                    tailed.add(tail.next());
                }
            }
            assertEquals(6, tailed.size(), tailed.toString());
            assertTrue(tailed.get(0).message().startsWith("deployment " + started.id() + " queued"),
                    tailed.get(0).message());
            assertEquals("server listening on :8080", tailed.get(5).message());
            assertEquals(LogLineStream.STDOUT, tailed.get(0).stream());

            // Roll production back to v1, then back to the new deployment.
            EmptyResult back = deployments.deployPostApiV1AppsByAppIDDeploymentsByDidRollback(
                    Map.of("appID", SHOP, "did", SHOP_V1), null, null);
            assertSame(EmptyResult.INSTANCE, back);
            deployments.deployPostApiV1AppsByAppIDDeploymentsByDidRollback(
                    Map.of("appID", SHOP, "did", done.id()), null,
                    RollbackRequest.builder().confirmSchemaSkew(false).build());
            List<String> live = new ArrayList<>();
            for (Release release : deployments.iterateDeployGetApiV1AppsByAppIDReleases(
                    Map.of("appID", SHOP), Map.of("limit", 1))) {
                if (Boolean.TRUE.equals(release.activeProd())) {
                    live.add(release.deploymentId());
                }
            }
            assertEquals(List.of(done.id()), live, "releases live in production");

            // A second deployment, cancelled while it runs: an EmptyResult.
            Deployment second = deployments.deployPostApiV1AppsByAppIDDeployments(
                    Map.of("appID", SHOP), null, Map.of("commit_sha", OTHER_SHA));
            EmptyResult cancelled = deployments.deployPostApiV1AppsByAppIDDeploymentsByDidCancel(
                    Map.of("appID", SHOP, "did", second.id()), null, null);
            assertTrue(cancelled.isEmpty());
            assertEquals("{}", Json.toJson(cancelled));
            Deployment fin = deployments.waitForDeployment(
                    Map.of("appID", SHOP, "did", second.id()), new WaitOptions(Duration.ofSeconds(10), Duration.ofMillis(100)));
            assertEquals(DeploymentStatus.CANCELLED, fin.status());
            assertTrue(fin.currentStage().isEmpty());

            // A plain member may not deploy.
            PermissionDeniedException denied = assertThrows(PermissionDeniedException.class,
                    () -> member.deployments().deployPostApiV1AppsByAppIDDeployments(Map.of("appID", SHOP), null, null));
            assertEquals(403, denied.status());
            assertEquals("forbidden", denied.code());
            assertEquals("deployPostApiV1AppsByAppIDDeployments", denied.operationId());
            assertInstanceOf(ClientErrorException.class, denied);
            assertInstanceOf(ApiStatusException.class, denied);
            Map<?, ?> body = assertInstanceOf(Map.class, denied.body());
            assertEquals("forbidden", body.get("code"));
            assertTrue(denied.getMessage().contains("deployPostApiV1AppsByAppIDDeployments"), denied.getMessage());
            ApiClient core = owner.core();
            assertNotNull(core.operation("deployPostApiV1AppsByAppIDDeployments"));
        }
    }
}
