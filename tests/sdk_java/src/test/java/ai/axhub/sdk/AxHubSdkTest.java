package ai.axhub.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.axhub.sdk.core.EmptyResult;
import ai.axhub.sdk.core.HttpResponseFor;
import ai.axhub.sdk.core.Json;
import ai.axhub.sdk.core.JsonNullable;
import ai.axhub.sdk.core.RecordingSleeper;
import ai.axhub.sdk.core.RedirectResult;
import ai.axhub.sdk.core.RequestOptions;
import ai.axhub.sdk.core.Tail;
import ai.axhub.sdk.core.TailOptions;
import ai.axhub.sdk.core.TestServer;
import ai.axhub.sdk.core.TestServer.Reply;
import ai.axhub.sdk.core.WaitOptions;
import ai.axhub.sdk.errors.InvalidArgumentException;
import ai.axhub.sdk.errors.NotFoundException;
import ai.axhub.sdk.errors.PreconditionFailedException;
import ai.axhub.sdk.errors.RateLimitException;
import ai.axhub.sdk.errors.WaiterTimeoutException;
import ai.axhub.sdk.models.Bootstrap;
import ai.axhub.sdk.models.BootstrapStatus;
import ai.axhub.sdk.models.CreateBootstrapRequest;
import ai.axhub.sdk.models.Deployment;
import ai.axhub.sdk.models.DeploymentPage;
import ai.axhub.sdk.models.DeploymentStage;
import ai.axhub.sdk.models.DeploymentStatus;
import ai.axhub.sdk.models.DiagnosisService;
import ai.axhub.sdk.models.Error;
import ai.axhub.sdk.models.GitConnectionConnected;
import ai.axhub.sdk.models.GitConnectionDisconnected;
import ai.axhub.sdk.models.GitConnectionStatus;
import ai.axhub.sdk.models.GithubAccount;
import ai.axhub.sdk.models.GithubAccounts;
import ai.axhub.sdk.models.GithubRepository;
import ai.axhub.sdk.models.LogDirection;
import ai.axhub.sdk.models.LogLine;
import ai.axhub.sdk.models.TriggerDeploymentRequest;
import ai.axhub.sdk.params.DeployGetApiV1AppsByAppIDLogsParams;
import ai.axhub.sdk.params.DeployPostApiV1AppsByAppIDDeploymentsParams;
import ai.axhub.sdk.params.DeploymentsListParams;
import ai.axhub.sdk.params.DeploymentsLogsParams;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated AxHub surface against a local server: seed calls, typed models and helpers. */
class AxHubSdkTest {
    private static final String APP = "3f1c2a9e-0000-4000-8000-000000000001";
    private static final String DID = "9b2e6c1d-0000-4000-8000-000000000002";

    private TestServer server;
    private RecordingSleeper sleeper;
    private AxHubClient client;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer();
        sleeper = new RecordingSleeper();
        client = AxHubClient.builder()
                .baseUrl(server.baseUrl())
                .token("tok_owner")
                .sleeper(sleeper)
                .clock(sleeper.clock())
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static String deployment(String status, String extra) {
        return "{\"id\":\"" + DID + "\",\"app_id\":\"" + APP + "\",\"commit_sha\":\"" + "a".repeat(40) + "\","
                + "\"status\":\"" + status + "\",\"trigger_source\":\"manual\",\"started_at\":\"2025-01-02T03:04:05Z\","
                + "\"completed_at\":null,\"current_stage\":\"building\",\"failure_reason\":null,\"image_uri\":null"
                + extra + "}";
    }

    @Test
    void theSeedCallDecodesTypedModelsWithWireNamesMapped() {
        server.enqueue(Reply.json(200, "{\"items\":[" + deployment("building", "") + "],\"next_cursor\":\"\",\"total\":1}"));
        DeploymentPage page = client.deployments().deployGetApiV1AppsByAppIDDeployments(
                Map.of("appID", APP), Map.of("limit", 20, "offset", 0), null);
        assertEquals("/api/v1/apps/" + APP + "/deployments", server.last().path());
        assertEquals("20", server.last().query("limit"));
        assertEquals("Bearer tok_owner", server.last().header("Authorization"));
        assertTrue(server.last().header("User-Agent").startsWith("axhub-sdk/0.1.0 java/"));
        assertEquals(1L, page.total());
        Deployment deployment = page.items().get(0);
        assertEquals(APP, deployment.appId());
        assertEquals("a".repeat(40), deployment.commitSha());
        assertSame(DeploymentStatus.BUILDING, deployment.status());
        assertEquals(OffsetDateTime.parse("2025-01-02T03:04:05Z"), deployment.startedAt());
        assertTrue(deployment.completedAt().isEmpty());
        assertEquals(DeploymentStage.BUILDING, deployment.currentStage().orElseThrow());
        assertTrue(deployment.imageUri().isEmpty());
    }

    @Test
    void asyncAndByOperationIdGiveTheSameTypes() {
        server.handler(r -> Reply.json(200, deployment("succeeded", "")));
        CompletableFuture<Deployment> future = client.deployments().deployGetApiV1AppsByAppIDDeploymentsByDidAsync(
                Map.of("appID", APP, "did", DID), null, null);
        assertSame(DeploymentStatus.SUCCEEDED, future.join().status());
        Object byId = client.request("deployGetApiV1AppsByAppIDDeploymentsByDid", Map.of("appID", APP, "did", DID), null, null);
        assertInstanceOf(Deployment.class, byId);
        Object async = client.requestAsync("deployGetApiV1AppsByAppIDDeploymentsByDid", Map.of("appID", APP, "did", DID), null, null).join();
        assertEquals(byId, async);
        assertEquals(200, client.rawRequest("deployGetApiV1AppsByAppIDDeploymentsByDid", Map.of("appID", APP, "did", DID), null, null).status());
    }

    @Test
    void unknownFieldsAndEnumValuesAreKept() throws Exception {
        Deployment deployment = Json.mapper().readValue(deployment("paused", ",\"region\":\"eu-west\""), Deployment.class);
        assertEquals("paused", deployment.status().value());
        assertFalse(deployment.status().isKnown());
        assertEquals(DeploymentStatus.of("paused"), deployment.status());
        assertEquals(Map.of("region", "eu-west"), deployment.additionalProperties());
        String json = Json.toJson(deployment);
        assertTrue(json.contains("\"region\":\"eu-west\""), json);
        assertTrue(json.contains("\"status\":\"paused\""), json);
        assertTrue(json.contains("\"completed_at\":null"), json);
        assertEquals(deployment, Json.mapper().readValue(json, Deployment.class));
        assertTrue(DeploymentStatus.SUCCEEDED.isKnown());
        assertEquals(7, DeploymentStatus.values().size());
    }

    @Test
    void absentNullAndValueStayApart() throws Exception {
        DiagnosisService absent = Json.mapper().readValue("{\"name\":\"web\",\"ready\":true,\"restarts\":0}", DiagnosisService.class);
        DiagnosisService nulled = Json.mapper().readValue("{\"name\":\"web\",\"ready\":true,\"restarts\":0,\"reason\":null}", DiagnosisService.class);
        DiagnosisService value = Json.mapper().readValue("{\"name\":\"web\",\"ready\":false,\"restarts\":3,\"reason\":\"CrashLoopBackOff\"}", DiagnosisService.class);
        assertTrue(absent.reason().isUndefined());
        assertTrue(nulled.reason().isNull());
        assertEquals("CrashLoopBackOff", value.reason().get());
        assertFalse(Json.toJson(absent).contains("reason"));
        assertTrue(Json.toJson(nulled).contains("\"reason\":null"));
        assertEquals(JsonNullable.of("x"), DiagnosisService.builder().name("n").ready(true).restarts(1L).reason("x").build().reason());

        GithubAccount account = Json.mapper().readValue(
                "{\"login\":\"octo\",\"id\":1,\"type\":\"User\",\"installation_id\":null}", GithubAccount.class);
        assertTrue(account.installationId().isEmpty());
        assertTrue(account.avatarUrl().isEmpty());
    }

    @Test
    void theConnectedUnionPicksItsShape() {
        server.enqueue(
                Reply.json(200, "{\"connected\":true,\"provider\":\"github\",\"repo_full_name\":\"o/r\",\"branch\":\"main\",\"installation_id\":42}"),
                Reply.json(200, "{\"connected\":false,\"install_url\":\"https://github.com/apps/axhub/installations/new?state=s\"}"));
        GitConnectionStatus connected = client.deployments().deployGetApiV1AppsByAppIDGitConnection(Map.of("appID", APP), null, null);
        GitConnectionConnected on = assertInstanceOf(GitConnectionConnected.class, connected);
        assertEquals("o/r", on.repoFullName());
        assertEquals(42L, on.installationId());
        GitConnectionStatus disconnected = client.deployments().deployGetApiV1AppsByAppIDGitConnection(Map.of("appID", APP), null, null);
        GitConnectionDisconnected off = assertInstanceOf(GitConnectionDisconnected.class, disconnected);
        assertFalse(off.connected());
        assertTrue(off.installUrl().orElseThrow().contains("state=s"));
        assertEquals(Boolean.TRUE, GitConnectionConnected.builder().provider("github").repoFullName("o/r").branch("b").installationId(1L).build().connected());
    }

    @Test
    void typedBodiesAndMapBodiesSendWireKeys() {
        server.handler(r -> Reply.json(202, deployment("pending", "")));
        client.deployments().deployPostApiV1AppsByAppIDDeployments(
                Map.of("appID", APP), null, TriggerDeploymentRequest.builder().forceRebuild(true).build());
        assertEquals("{\"force_rebuild\":true}", server.last().bodyText());
        assertTrue(server.last().header("Idempotency-Key") != null);
        client.deployments().deployPostApiV1AppsByAppIDDeployments(Map.of("appID", APP), null, Map.of("commit_sha", "b".repeat(40)));
        assertEquals("{\"commit_sha\":\"" + "b".repeat(40) + "\"}", server.last().bodyText());
        client.deployments().deployPostApiV1AppsByAppIDDeployments(Map.of("appID", APP), null, null);
        assertEquals("", server.last().bodyText());
    }

    @Test
    void typedParametersRouteByLocation() {
        server.handler(r -> Reply.json(202, deployment("pending", "")));
        Deployment created = client.deployments().deployPostApiV1AppsByAppIDDeployments(
                DeployPostApiV1AppsByAppIDDeploymentsParams.builder()
                        .appID(APP)
                        .idempotencyKey("key-1")
                        .body(TriggerDeploymentRequest.builder().commitSha("c".repeat(40)).build())
                        .build());
        assertSame(DeploymentStatus.PENDING, created.status());
        assertEquals("key-1", server.last().header("Idempotency-Key"));
        server.handler(r -> Reply.json(200, "{\"lines\":[],\"next_cursor\":\"\",\"has_more\":false}"));
        client.deployments().deployGetApiV1AppsByAppIDLogs(DeployGetApiV1AppsByAppIDLogsParams.builder()
                .appID(APP).direction(LogDirection.FORWARD).limit(10L).since(OffsetDateTime.parse("2025-01-01T00:00:00Z")).build());
        assertEquals("forward", server.last().query("direction"));
        assertEquals("10", server.last().query("limit"));
        assertEquals("2025-01-01T00:00:00Z", server.last().query("since"));
        InvalidArgumentException missing = assertThrows(InvalidArgumentException.class,
                () -> DeployGetApiV1AppsByAppIDLogsParams.builder().build());
        assertEquals("DeployGetApiV1AppsByAppIDLogsParams.appID is required", missing.getMessage());
    }

    @Test
    void modelBuildersRefuseMissingRequiredFields() {
        InvalidArgumentException error = assertThrows(InvalidArgumentException.class,
                () -> CreateBootstrapRequest.builder().name("App").build());
        assertEquals("CreateBootstrapRequest.templateId is required", error.getMessage());
        TriggerDeploymentRequest request = TriggerDeploymentRequest.builder().forceRebuild(false).build();
        assertEquals(request, request.toBuilder().build());
        assertEquals(Map.of("force_rebuild", false), Json.mapper().convertValue(request, Map.class));
    }

    @Test
    void noContentAndRedirects() {
        server.enqueue(Reply.empty(204), Reply.empty(302).header("Location", "https://github.com/apps/axhub/installations/new?state=t"));
        EmptyResult cancelled = client.deployments().deployPostApiV1AppsByAppIDDeploymentsByDidCancel(
                Map.of("appID", APP, "did", DID), null, null);
        assertEquals(Map.of(), cancelled);
        RedirectResult redirect = client.deployments().deployGetApiV1AppsByAppIDGitGithubInstallStart(Map.of("appID", APP), null, null);
        assertEquals(302, redirect.status());
        assertEquals("https://github.com/apps/axhub/installations/new?state=t", redirect.location());
        assertEquals(2, server.requests().size());
    }

    @Test
    void errorsAreTypedByStatusAndCarryTheBody() {
        server.enqueue(
                Reply.json(412, "{\"statusCode\":412,\"code\":\"no_subdomain\",\"message\":\"the app has no subdomain\"}"),
                Reply.json(404, "{\"statusCode\":404,\"code\":\"not_found\",\"message\":\"no such app\"}"));
        PreconditionFailedException error = assertThrows(PreconditionFailedException.class,
                () -> client.deployments().deployPostApiV1AppsByAppIDDeployments(Map.of("appID", APP), null, null));
        assertEquals("no_subdomain", error.code());
        assertEquals("deployPostApiV1AppsByAppIDDeployments", error.operationId());
        assertTrue(error.getMessage().startsWith(
                "deployPostApiV1AppsByAppIDDeployments: POST /api/v1/apps/" + APP + "/deployments returned 412 no_subdomain"));
        Error body = error.bodyAs(Error.class).orElseThrow();
        assertEquals(412L, body.statusCode());
        assertTrue(body.retryAfter().isEmpty());
        assertThrows(NotFoundException.class, () -> client.deployments().deployGetApiV1AppsByAppIDDiagnosis(Map.of("appID", APP), null, null));
    }

    @Test
    void rateLimitsAreRetriedAfterTheServersWait() {
        server.enqueue(
                Reply.json(429, "{\"statusCode\":429,\"code\":\"rate_limited\",\"message\":\"slow\",\"retryAfter\":42}").header("Retry-After", "42"),
                Reply.json(200, "{\"accounts\":[]}"));
        GithubAccounts accounts = client.deployments().deployGetApiV1GithubAccounts();
        assertTrue(accounts.accounts().isEmpty());
        assertEquals(List.of(Duration.ofSeconds(42)), sleeper.sleeps());
        server.handler(r -> Reply.json(429, "{\"code\":\"rate_limited\",\"retryAfter\":1}"));
        RateLimitException error = assertThrows(RateLimitException.class,
                () -> client.deployments().deployGetApiV1GithubAccounts(RequestOptions.builder().maxRetries(0).build()));
        assertEquals(Duration.ofSeconds(1), error.retryAfter().orElseThrow());
    }

    @Test
    void iteratingEveryDeploymentAndRepository() {
        server.enqueue(
                Reply.json(200, "{\"items\":[" + deployment("succeeded", "") + "," + deployment("failed", "") + "],\"next_cursor\":\"x\",\"total\":3}"),
                Reply.json(200, "{\"items\":[" + deployment("cancelled", "") + "],\"next_cursor\":\"\",\"total\":3}"));
        List<DeploymentStatus> statuses = client.deployments().iterateDeployGetApiV1AppsByAppIDDeployments(Map.of("appID", APP), Map.of("limit", 2))
                .stream().map(Deployment::status).collect(Collectors.toList());
        assertEquals(List.of(DeploymentStatus.SUCCEEDED, DeploymentStatus.FAILED, DeploymentStatus.CANCELLED), statuses);
        assertEquals("2", server.last().query("offset"));

        String repo = "{\"id\":1,\"name\":\"r\",\"full_name\":\"o/r\",\"private\":true,\"default_branch\":\"main\"}";
        server.enqueue(
                Reply.json(200, "{\"repositories\":[" + repo + "," + repo + "],\"total_count\":3}"),
                Reply.json(200, "{\"repositories\":[" + repo + "],\"total_count\":3}"));
        long count = 0;
        for (GithubRepository repository : client.deployments().iterateDeployGetApiV1GithubInstallationsByInstallationIDRepositories(
                Map.of("installationID", 7), Map.of("per_page", 2))) {
            assertEquals("o/r", repository.fullName());
            assertTrue(repository.private_());
            count++;
        }
        assertEquals(3, count);
        assertEquals("/api/v1/github/installations/7/repositories", server.last().path());
        assertEquals("2", server.last().query("page"));
    }

    @Test
    void rawResponsesPerMethodSyncAndAsync() throws Exception {
        server.enqueue(Reply.json(200, "{\"items\":[" + deployment("succeeded", "") + "],\"next_cursor\":\"\",\"total\":1}")
                .header("X-Request-Id", "req_list"));
        HttpResponseFor<DeploymentPage> page = client.deployments().withRawResponse()
                .list(APP, DeploymentsListParams.builder().limit(1).build());
        assertEquals(200, page.statusCode());
        assertEquals(Optional.of("req_list"), page.requestId());
        assertEquals(1, page.parse().items().size());
        assertEquals("1", server.last().query("limit"));

        server.enqueue(Reply.json(200, deployment("building", "")).header("X-Request-Id", "req_get"));
        HttpResponseFor<Deployment> got = client.deployments().withRawResponse().getAsync(APP, DID).get();
        assertEquals(Optional.of("req_get"), got.requestId());
        assertSame(DeploymentStatus.BUILDING, got.parse().status());

        server.enqueue(Reply.json(404, "{\"code\":\"not_found\",\"message\":\"no\"}").header("X-Request-Id", "req_404"));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> client.deployments().withRawResponse().get(APP, DID));
        assertEquals(Optional.of("req_404"), missing.requestId());
    }

    @Test
    void waitingForADeploymentAndABootstrap() {
        server.enqueue(
                Reply.json(200, deployment("building", "")),
                Reply.json(200, deployment("deploying", "")),
                Reply.json(200, deployment("succeeded", "")));
        Deployment done = client.deployments().waitForDeployment(Map.of("appID", APP, "did", DID));
        assertSame(DeploymentStatus.SUCCEEDED, done.status());
        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), sleeper.sleeps());

        String running = "{\"id\":\"b1\",\"app_id\":\"\",\"stage\":\"repo\",\"status\":\"running\"}";
        server.handler(r -> Reply.json(200, running));
        WaiterTimeoutException timeout = assertThrows(WaiterTimeoutException.class,
                () -> client.deployments().waitForBootstrap(Map.of("tenantID", "t1", "bootstrapID", "b1"),
                        new WaitOptions(Duration.ofSeconds(3), Duration.ofSeconds(1))));
        assertEquals("running", timeout.value());
        assertInstanceOf(Bootstrap.class, timeout.last());

        server.handler(r -> Reply.json(200, "{\"id\":\"b1\",\"app_id\":\"\",\"stage\":\"deploy\",\"status\":\"failed\",\"error_code\":\"repo_exists\"}"));
        Bootstrap failed = client.deployments().waitForBootstrapAsync(Map.of("tenantID", "t1", "bootstrapID", "b1"), null).join();
        assertSame(BootstrapStatus.FAILED, failed.status());
        assertEquals("repo_exists", failed.errorCode().orElseThrow());
    }

    @Test
    void theFriendlyWaiterAndTailAreBounded() throws Exception {
        server.enqueue(Reply.json(200, deployment("building", "")), Reply.json(200, deployment("succeeded", "")));
        assertSame(DeploymentStatus.SUCCEEDED, client.deployments().waitFor(APP, DID).status());
        assertEquals("/api/v1/apps/" + APP + "/deployments/" + DID, server.last().path());

        server.handler(r -> Reply.json(200, deployment("building", "")));
        int before = server.requests().size();
        WaiterTimeoutException polls = assertThrows(WaiterTimeoutException.class,
                () -> client.deployments().waitFor(APP, DID, WaitOptions.defaults().withMaxPolls(2)));
        assertEquals("building", polls.value());
        assertEquals(2, server.requests().size() - before);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean(true);
        WaiterTimeoutException stopped = assertThrows(WaiterTimeoutException.class,
                () -> client.deployments().waitFor(APP, DID, WaitOptions.defaults().withStop(stop::get)));
        assertTrue(stopped.getMessage().contains("stop callback"), stopped.getMessage());
        CompletableFuture<Deployment> async = client.deployments().waitForAsync(APP, DID, WaitOptions.defaults().withMaxPolls(1));
        assertInstanceOf(WaiterTimeoutException.class,
                assertThrows(java.util.concurrent.ExecutionException.class, async::get).getCause());

        String line = "{\"timestamp\":\"2025-01-01T00:00:01Z\",\"stream\":\"stdout\",\"message\":\"%s\"}";
        server.handler(r -> Reply.json(200, "{\"lines\":[" + String.format(line, "tick") + "],\"next_cursor\":\"w\",\"has_more\":false}"));
        before = server.requests().size();
        try (Tail<LogLine> tail = client.deployments().followLogs(APP, DeploymentsLogsParams.builder().limit(10).build(),
                TailOptions.defaults().withTimeout(Duration.ofSeconds(5)))) {
            assertEquals(3, tail.stream().count()); // polls at 0 s, 2 s, 4 s; the deadline ends it at 5 s
        }
        assertEquals(3, server.requests().size() - before);
        assertEquals("forward", server.last().query("direction"));
        assertEquals("10", server.last().query("limit"));
    }

    @Test
    void tailingTheLogs() {
        String line = "{\"timestamp\":\"2025-01-01T00:00:01Z\",\"stream\":\"stdout\",\"message\":\"%s\"}";
        server.enqueue(
                Reply.json(200, "{\"lines\":[" + String.format(line, "boot") + "],\"next_cursor\":\"w1\",\"has_more\":false}"),
                Reply.json(200, "{\"lines\":[" + String.format(line, "ready") + "],\"next_cursor\":\"w2\",\"has_more\":false}"));
        try (Tail<LogLine> tail = client.deployments().tailLogs(Map.of("appID", APP), null, TailOptions.defaults().withMaxPolls(2))) {
            assertEquals(List.of("boot", "ready"), tail.stream().map(LogLine::message).collect(Collectors.toList()));
        }
        assertEquals("forward", server.requests().get(0).query("direction"));
        assertEquals("w1", server.last().query("cursor"));
        assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps());
    }

    @Test
    void theClientIsConfigurable() {
        assertEquals("https://api.axhub.ai", AxHubClient.DEFAULT_BASE_URL);
        assertEquals("https://api.axhub.ai", AxHubClient.builder().token("").build().core().options().baseUrl());
        server.handler(r -> Reply.json(200, "{\"accounts\":[]}"));
        AxHubClient tenant = client.withOptions(b -> b.tenantId("tenant-1").token("tok_other"));
        tenant.deployments().deployGetApiV1GithubAccounts();
        assertEquals("tenant-1", server.last().header("X-Tenant-ID"));
        assertEquals("Bearer tok_other", server.last().header("Authorization"));
        client.deployments().deployGetApiV1GithubAccounts();
        assertNull(server.last().header("X-Tenant-ID"));
        assertEquals(24, Operations.ALL.size());
        assertThrows(InvalidArgumentException.class, () -> client.request("deployGetApiV1AppsByAppIDDeployment", Map.of(), null, null));
    }
}
