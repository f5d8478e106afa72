package smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.deplite.sdk.DepliteClient;
import io.deplite.sdk.core.EventStream;
import io.deplite.sdk.core.ServerSentEvent;
import io.deplite.sdk.core.Signer;
import io.deplite.sdk.core.WaitOptions;
import io.deplite.sdk.errors.AuthenticationException;
import io.deplite.sdk.errors.InvalidArgumentException;
import io.deplite.sdk.models.AgentCredentials;
import io.deplite.sdk.models.EnrollmentToken;
import io.deplite.sdk.models.IssuedApiToken;
import io.deplite.sdk.models.Job;
import io.deplite.sdk.models.JobAssignment;
import io.deplite.sdk.models.JobOutcome;
import io.deplite.sdk.models.JobStatus;
import io.deplite.sdk.models.LogLine;
import io.deplite.sdk.models.LogStream;
import io.deplite.sdk.models.LogUploadAck;
import io.deplite.sdk.models.RunQueued;
import io.deplite.sdk.models.TokenScope;
import io.deplite.sdk.models.Trigger;
import io.deplite.sdk.models.TriggerType;
import io.deplite.sdk.models.WorkflowReportAck;
import io.deplite.sdk.models.WorkflowReportWorkflowsItem;
import io.deplite.sdk.params.AgentEnrollParams;
import io.deplite.sdk.params.AgentHeartbeatParams;
import io.deplite.sdk.params.AgentReportWorkflowsParams;
import io.deplite.sdk.params.AgentSubmitResultParams;
import io.deplite.sdk.params.AgentUploadLogsParams;
import io.deplite.sdk.params.AgentsCreateEnrollmentTokenParams;
import io.deplite.sdk.params.ApiTokensCreateParams;
import io.deplite.sdk.params.TriggersCreateParams;
import io.deplite.sdk.params.TriggersRunParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deplite's whole flow through the Java SDK's friendly surface, both sides: the user API comes
 * from DEPLITE_BASE_URL and the agent host from DEPLITE_AGENT_BASE_URL (both read by the client's
 * builder). The owner creates an enrollment token; an agent client enrolls with it (the token as
 * bearer) and, signed with its new key, reports its workflows; the owner creates a trigger and an
 * API token; a client with that token runs the trigger with an Idempotency-Key (and replays it);
 * the agent takes the job from its signed event stream, uploads logs and the result; the owner
 * waits for the job to succeed and reads its logs. Then a request signed by hand with the public
 * signer, a wrong secret refused as AuthenticationException (invalid_signature), a client whose
 * clock is 400 s behind refused (stale_timestamp), and a hand-signed nonce sent twice refused.
 * tests/contract/test_smoke_java_deplite.py runs it.
 */
class DepliteSurfaceTest {
    static final String ORG = "org-abc";

    @Test
    void theWholeFlowOnBothSides() throws Exception {
        String api = System.getenv("DEPLITE_BASE_URL");
        String agentHost = System.getenv("DEPLITE_AGENT_BASE_URL");
        assumeTrue(api != null && agentHost != null, "DEPLITE_BASE_URL and DEPLITE_AGENT_BASE_URL name the server");

        try (DepliteClient owner = DepliteClient.builder().token("tok_owner").build()) {
            EnrollmentToken enrollment = owner.agents().createEnrollmentToken2(
                    ORG, AgentsCreateEnrollmentTokenParams.builder().label("ci").build());
            assertTrue(enrollment.token().startsWith("enr_"), enrollment.token());

            AgentCredentials creds;
            try (DepliteClient enrolling = DepliteClient.builder().token(enrollment.token()).build()) {
                creds = enrolling.agent().enroll(AgentEnrollParams.builder().hostname("runner-1").version("1.0").build());
            }
            // The agent host given by hand too (the environment names the same one).
            DepliteClient agent = DepliteClient.builder().agentBaseUrl(agentHost)
                    .signingKey(creds.agentId(), creds.agentSecret()).build();
            WorkflowReportAck report = agent.agent().reportWorkflows(AgentReportWorkflowsParams.builder()
                    .workflows(List.of(WorkflowReportWorkflowsItem.builder().name("deploy").secretsKeys(List.of("AWS_KEY")).build()))
                    .build());
            assertEquals(1L, report.count());

            Trigger trigger = owner.triggers().create(ORG, TriggersCreateParams.builder()
                    .agentId(creds.agentId()).name("deploy-prod").workflowName("deploy").type(TriggerType.WEBHOOK)
                    .allowedRefs(List.of("main", "release/*")).build());
            IssuedApiToken token = owner.apiTokens().create(ORG, ApiTokensCreateParams.builder()
                    .name("ci").scopeType(TokenScope.TRIGGER).triggerIds(List.of(trigger.id())).build());
            assertTrue(token.plainToken().startsWith("tk_"), token.plainToken());

            String jobId;
            try (DepliteClient ci = DepliteClient.builder().token(token.plainToken()).build()) {
                TriggersRunParams run = TriggersRunParams.builder().idempotencyKey("run-1").ref("release/1.2")
                        .params(Map.of("env", "prod")).build();
                RunQueued queued = assertInstanceOf(RunQueued.class, ci.triggers().run(trigger.id(), run));
                jobId = queued.jobId();
                RunQueued replay = assertInstanceOf(RunQueued.class, ci.triggers().run(trigger.id(), run));
                assertEquals(jobId, replay.jobId());
            }

            JobAssignment assignment = null;
            try (EventStream events = agent.agent().stream()) {
                Iterator<ServerSentEvent> it = events.iterator();
                for (int seen = 0; seen < 20 && assignment == null && it.hasNext(); seen++) {
                    ServerSentEvent event = it.next();
                    if ("job".equals(event.event())) {
                        assignment = event.dataAs(JobAssignment.class);
                    }
                }
            }
            assertNotNull(assignment, "no job event on the agent's stream");
            assertEquals(jobId, assignment.jobId());
            assertEquals("deploy", assignment.workflowName());
            assertEquals("release/1.2", assignment.ref());
            assertEquals(JobStatus.RUNNING, owner.jobs().get(jobId).status());

            List<LogLine> lines = new ArrayList<>();
            for (long i = 0; i < 3; i++) {
                lines.add(LogLine.builder().seq(i).stream(LogStream.RAW).stepName("build").content("line " + i).build());
            }
            LogUploadAck uploaded = agent.agent().uploadLogs(jobId, AgentUploadLogsParams.builder().items(lines).build());
            assertEquals(3L, uploaded.accepted());
            agent.agent().submitResult(jobId, AgentSubmitResultParams.builder()
                    .status(JobOutcome.SUCCESS).exitCode(0).output(Map.of("url", "x")).build());

            Job done = owner.jobs().waitFor(jobId, WaitOptions.defaults().withMaxPolls(50));
            assertEquals(JobStatus.SUCCESS, done.status());
            assertEquals(0L, done.exitCode().get());
            List<String> contents = new ArrayList<>();
            owner.jobs().logs(jobId).forEach(line -> contents.add(line.content()));
            assertEquals(List.of("line 0", "line 1", "line 2"), contents);

            // Signed by hand with the public signer, sent with java.net.http.
            Signer signer = DepliteClient.signer(creds.agentId(), creds.agentSecret());
            byte[] body = "{\"version\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(agentHost.replaceAll("/+$", "") + "/agent/heartbeat"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
            signer.sign("POST", "/agent/heartbeat", body).forEach(request::header);
            HttpResponse<String> byHand = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, byHand.statusCode(), byHand.body());

            try (DepliteClient forged = DepliteClient.builder().signingKey(creds.agentId(), "0".repeat(64)).build()) {
                AuthenticationException refused = assertThrows(AuthenticationException.class,
                        () -> forged.agent().heartbeat(AgentHeartbeatParams.builder().version("1.0").build()));
                assertEquals(401, refused.status());
                assertEquals("invalid_signature", refused.code());
            }
            // A clock 400 s behind signs a stale timestamp; a nonce sent twice is a replay.
            Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-400));
            try (DepliteClient late = DepliteClient.builder().signingKey(creds.agentId(), creds.agentSecret())
                    .clock(behind).maxRetries(0).build()) {
                AuthenticationException stale = assertThrows(AuthenticationException.class,
                        () -> late.agent().heartbeat(AgentHeartbeatParams.builder().version("1.0").build()));
                assertEquals("stale_timestamp", stale.code());
            }
            Signer fixedNonce = signer.withNonces(() -> "0123456789abcdef0123456789abcdef");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                HttpRequest.Builder again = HttpRequest.newBuilder(URI.create(agentHost.replaceAll("/+$", "") + "/agent/heartbeat"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
                fixedNonce.sign("POST", "/agent/heartbeat", body).forEach(again::header);
                statuses.add(http.send(again.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            assertEquals(List.of(200, 401), statuses);
            assertThrows(InvalidArgumentException.class,
                    () -> DepliteClient.builder().agentBaseUrl("ftp://agent.example").build());
            assertThrows(InvalidArgumentException.class,
                    () -> DepliteClient.builder().signingKey(creds.agentId(), null).build());
            agent.close();
        }
    }
}
