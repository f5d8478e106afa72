package smoke

import io.deplite.sdk.kotlin.DepliteClient
import io.deplite.sdk.kotlin.core.AuthenticationException
import io.deplite.sdk.kotlin.core.ClientOptions
import io.deplite.sdk.kotlin.core.Json
import io.deplite.sdk.kotlin.core.SigningKey
import io.deplite.sdk.kotlin.models.Error
import io.deplite.sdk.kotlin.models.JobAssignment
import io.deplite.sdk.kotlin.models.JobOutcome
import io.deplite.sdk.kotlin.models.JobStatus
import io.deplite.sdk.kotlin.models.LogLine
import io.deplite.sdk.kotlin.models.LogStream
import io.deplite.sdk.kotlin.models.RunQueued
import io.deplite.sdk.kotlin.models.TokenScope
import io.deplite.sdk.kotlin.models.TriggerType
import io.deplite.sdk.kotlin.models.WorkflowReportWorkflowsItem
import io.deplite.sdk.kotlin.params.GetJobPathParams
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/**
 * Deplite's whole flow through the Kotlin SDK's friendly surface, both sides: the user (tok_owner)
 * makes an enrollment token; an agent client enrolls with it as its bearer token; an agent client
 * with the signing key (every call signed by the SDK) reports its workflows; the user creates a
 * trigger and an API token (its plainToken shown once); a client with that token runs the trigger
 * with an Idempotency-Key (the agent host); the agent takes the job from its signed event stream,
 * uploads logs and the result; the user waits for the job to succeed and reads its logs. A wrong
 * secret is refused as [AuthenticationException] with `invalid_signature`, its body decoded as the
 * spec's error model.
 *
 * Both servers come from the environment, as a user would configure them: DEPLITE_BASE_URL (the user
 * API) and DEPLITE_AGENT_BASE_URL (the agent host). tests/contract/test_smoke_kotlin_deplite.py runs it.
 */
class DepliteFlowTest {
    private fun client(options: ClientOptions): DepliteClient {
        assumeTrue(!System.getenv("DEPLITE_AGENT_BASE_URL").isNullOrEmpty(), "DEPLITE_AGENT_BASE_URL is not set")
        return DepliteClient(options)
    }

    @Test
    fun agentAndUser() =
        runBlocking<Unit> {
            client(ClientOptions(token = "tok_owner")).use { owner ->
                val enrollment = owner.agents.createEnrollmentToken2(ORG, label = "kotlin smoke")
                assertTrue(enrollment.token.startsWith("enr_"), enrollment.token)

                val credentials =
                    client(
                        ClientOptions(token = enrollment.token),
                    ).use { it.agent.enroll(hostname = "runner-kt", version = "1.0") }
                assertTrue(credentials.agentId.isNotEmpty())
                val agent = client(ClientOptions(signingKey = SigningKey(credentials.agentId, credentials.agentSecret)))
                agent.use {
                    val report =
                        agent.agent.reportWorkflows(
                            listOf(WorkflowReportWorkflowsItem(name = "deploy", secretsKeys = listOf("AWS_KEY"))),
                        )
                    assertEquals(1L, report.count)

                    val trigger =
                        owner.triggers.create(
                            ORG,
                            agentId = credentials.agentId,
                            name = "deploy-prod",
                            workflowName = "deploy",
                            type = TriggerType.Known.WEBHOOK,
                            allowedRefs = listOf("main", "release/*"),
                        )
                    val token =
                        owner.apiTokens.create(
                            ORG,
                            name = "ci",
                            scopeType = TokenScope.Known.TRIGGER,
                            triggerIds = listOf(trigger.id),
                        )
                    assertTrue(token.plainToken.startsWith("tk_"), token.prefix)

                    val queued =
                        client(ClientOptions(token = token.plainToken)).use { ci ->
                            val params = mapOf("env" to "prod")
                            val first = ci.triggers.run(trigger.id, idempotencyKey = "run-kt-1", ref = "release/1.2", params = params)
                            val replay = ci.triggers.run(trigger.id, idempotencyKey = "run-kt-1", ref = "release/1.2", params = params)
                            assertEquals((first as RunQueued).jobId, (replay as RunQueued).jobId, "the same key and body replay the job")
                            first
                        }

                    // The agent takes the job from its signed event stream.
                    val event = withTimeout(60.seconds) { agent.agent.stream().first { it.event == "job" } }
                    val job = Json.mapper.readValue(event.data, JobAssignment::class.java)
                    assertEquals(queued.jobId, job.jobId)
                    assertEquals("deploy", job.workflowName)
                    assertEquals(mapOf("env" to "prod"), job.params)
                    assertEquals(JobStatus.Known.RUNNING, owner.jobs.get(job.jobId).status)

                    val lines =
                        (0L until 3L).map {
                            LogLine(
                                seq = it,
                                stream = LogStream.Known.RAW,
                                stepName = "build",
                                content = "line $it",
                            )
                        }
                    assertEquals(3L, agent.agent.uploadLogs(job.jobId, lines).accepted)
                    agent.agent.submitResult(job.jobId, JobOutcome.Known.SUCCESS, exitCode = 0)

                    val done = owner.jobs.waitForJob(GetJobPathParams(jobId = job.jobId), timeout = 60.seconds, interval = 100.milliseconds)
                    assertEquals(JobStatus.Known.SUCCESS, done.status)
                    assertEquals(0L, done.exitCode.getOrNull())
                    assertEquals(
                        listOf("line 0", "line 1", "line 2"),
                        owner.jobs
                            .logs(job.jobId)
                            .toList()
                            .map { it.content },
                    )
                }

                // A wrong secret: the server refuses the signature, the SDK says so with its own type.
                val forged = client(ClientOptions(signingKey = SigningKey(credentials.agentId, "0".repeat(64))))
                val refused = forged.use { assertFailsWith<AuthenticationException> { it.agent.heartbeat(version = "1.0") } }
                assertEquals(401, refused.status)
                assertEquals("invalid_signature", refused.code)
                // the spec's error model, decoded onto the exception
                assertEquals("invalid_signature", refused.bodyAs<Error>()?.code)
            }
        }

    private companion object {
        const val ORG = "org-abc"
    }
}
