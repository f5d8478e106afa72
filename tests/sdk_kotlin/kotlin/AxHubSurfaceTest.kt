package ai.axhub.sdk.kotlin

import ai.axhub.sdk.kotlin.core.EmptyResult
import ai.axhub.sdk.kotlin.core.Json
import ai.axhub.sdk.kotlin.core.Omittable
import ai.axhub.sdk.kotlin.core.PreconditionFailedException
import ai.axhub.sdk.kotlin.core.RecordingSleeper
import ai.axhub.sdk.kotlin.core.RedirectResult
import ai.axhub.sdk.kotlin.core.Reply
import ai.axhub.sdk.kotlin.core.TestServer
import ai.axhub.sdk.kotlin.core.testOptions
import ai.axhub.sdk.kotlin.models.DeploymentStatus
import ai.axhub.sdk.kotlin.models.DiagnosisService
import ai.axhub.sdk.kotlin.models.GitConnectionConnected
import ai.axhub.sdk.kotlin.models.GitConnectionDisconnected
import ai.axhub.sdk.kotlin.models.GitConnectionStatus
import ai.axhub.sdk.kotlin.models.LogDirection
import ai.axhub.sdk.kotlin.models.TriggerDeploymentRequest
import ai.axhub.sdk.kotlin.models.TriggerSource
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsQuery
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDGitConnectionPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDGitGithubInstallStartPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDLogsPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDLogsQuery
import ai.axhub.sdk.kotlin.params.DeployPostApiV1AppsByAppIDDeploymentsByDidCancelPathParams
import ai.axhub.sdk.kotlin.params.DeployPostApiV1AppsByAppIDDeploymentsPathParams
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/** The generated AxHub surface against a local server: the seed's calls, typed results, helpers. */
class AxHubSurfaceTest {
    private val server = TestServer()
    private val sleeper = RecordingSleeper()
    private val client = AxHubClient(testOptions(server, sleeper).copy(token = "t0k"))

    @AfterEach
    fun stop() = server.close()

    private fun deployment(
        id: String,
        status: String,
    ) = """{"id":"$id","app_id":"a1","commit_sha":"abc","status":"$status","trigger_source":"manual",""" +
        """"started_at":"2024-05-01T10:00:00Z","completed_at":null,"current_stage":"building",""" +
        """"failure_reason":null,"image_uri":null,"surprise":true}"""

    @Test
    fun `every operation has its seed method and its operationId`() {
        val methods =
            ai.axhub.sdk.kotlin.resources.DeploymentsResource::class.java.methods
                .map { it.name }
                .toSet()
        assertEquals(24, client.operationIds.size)
        for (operationId in client.operationIds) {
            assertTrue(operationId in methods, operationId)
        }
    }

    @Test
    fun `list deployments with typed params decodes a typed page`() =
        runBlocking<Unit> {
            server.reply(Reply(200, """{"items":[${deployment("d1", "succeeded")}],"next_cursor":"","total":1}"""))
            val page =
                client.deployments.deployGetApiV1AppsByAppIDDeployments(
                    DeployGetApiV1AppsByAppIDDeploymentsPathParams(appID = "a1"),
                    DeployGetApiV1AppsByAppIDDeploymentsQuery(limit = 5),
                )
            val first = page.items.single()
            assertEquals(DeploymentStatus.Known.SUCCEEDED, first.status)
            assertEquals(TriggerSource.Known.MANUAL, first.triggerSource)
            assertEquals("abc", first.commitSha)
            assertNull(first.completedAt)
            assertEquals(true, first.additionalProperties.getValue("surprise").booleanValue())
            val seen = server.requests.single()
            assertEquals("/api/v1/apps/a1/deployments?limit=5", seen.uri)
            assertEquals("Bearer t0k", seen.header("Authorization"))
        }

    @Test
    fun `maps and the operationId work as well as typed params`() =
        runBlocking<Unit> {
            val page = """{"items":[],"next_cursor":"","total":0}"""
            server.reply(Reply(200, page), Reply(200, page))
            val viaMap = client.deployments.deployGetApiV1AppsByAppIDDeployments(mapOf("appID" to "a1"), mapOf("offset" to 10))
            val viaId = client.request("deployGetApiV1AppsByAppIDDeployments", mapOf("appID" to "a1"))
            assertEquals(0L, viaMap.total)
            assertEquals(viaMap, viaId)
            assertEquals("/api/v1/apps/a1/deployments?offset=10", server.requests[0].uri)
        }

    @Test
    fun `a trigger sends wire keys and an idempotency key`() =
        runBlocking<Unit> {
            server.reply(Reply(202, deployment("d2", "pending")))
            val created =
                client.deployments.deployPostApiV1AppsByAppIDDeployments(
                    DeployPostApiV1AppsByAppIDDeploymentsPathParams("a1"),
                    body = TriggerDeploymentRequest(commitSha = "0123", forceRebuild = true),
                )
            assertEquals("d2", created.id)
            val seen = server.requests.single()
            assertEquals("""{"commit_sha":"0123","force_rebuild":true}""", seen.body)
            assertNotNull(seen.header("Idempotency-Key"))
        }

    @Test
    fun `cancel gives an empty result and install start a redirect`() =
        runBlocking<Unit> {
            server.reply(Reply(204), Reply(302, headers = mapOf("Location" to "https://github.com/apps/axhub/installations/new")))
            val cancelled =
                client.deployments.deployPostApiV1AppsByAppIDDeploymentsByDidCancel(
                    DeployPostApiV1AppsByAppIDDeploymentsByDidCancelPathParams("a1", "d1"),
                )
            assertEquals(EmptyResult, cancelled)
            val redirect =
                client.deployments.deployGetApiV1AppsByAppIDGitGithubInstallStart(
                    DeployGetApiV1AppsByAppIDGitGithubInstallStartPathParams("a1"),
                )
            assertEquals(RedirectResult(302, "https://github.com/apps/axhub/installations/new"), redirect)
        }

    @Test
    fun `the connected union decodes to its two shapes`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"connected":true,"provider":"github","repo_full_name":"o/r","branch":"main","installation_id":7}"""),
                Reply(200, """{"connected":false,"install_url":"https://x"}"""),
                Reply(200, """{"connected":"maybe"}"""),
            )
            val path = DeployGetApiV1AppsByAppIDGitConnectionPathParams("a1")
            val connected = client.deployments.deployGetApiV1AppsByAppIDGitConnection(path)
            assertIs<GitConnectionConnected>(connected)
            assertEquals(7L, connected.installationId)
            val disconnected = client.deployments.deployGetApiV1AppsByAppIDGitConnection(path)
            assertIs<GitConnectionDisconnected>(disconnected)
            assertEquals("https://x", disconnected.installUrl)
            assertIs<GitConnectionStatus.Unknown>(client.deployments.deployGetApiV1AppsByAppIDGitConnection(path))
        }

    @Test
    fun `the deployment waiter polls until a terminal status`() =
        runBlocking<Unit> {
            server.reply(Reply(200, deployment("d1", "building")), Reply(200, deployment("d1", "cancelled")))
            val done =
                client.deployments.waitForDeployment(
                    DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams("a1", "d1"),
                    interval = 3.seconds,
                )
            assertEquals(DeploymentStatus.Known.CANCELLED, done.status)
            assertEquals(listOf(3.seconds), sleeper.sleeps)
        }

    @Test
    fun `the log tail follows the cursor forward`() =
        runBlocking<Unit> {
            server.reply(
                Reply(
                    200,
                    """{"lines":[{"timestamp":"2024-05-01T10:00:00Z","stream":"stdout","message":"hi"}],"next_cursor":"c1","has_more":false}""",
                ),
                Reply(
                    200,
                    """{"lines":[{"timestamp":"2024-05-01T10:00:01Z","stream":"journal","message":"yo"}],"next_cursor":"c2","has_more":false}""",
                ),
            )
            val lines =
                client.deployments
                    .tailLogs(
                        DeployGetApiV1AppsByAppIDLogsPathParams("a1"),
                        DeployGetApiV1AppsByAppIDLogsQuery(direction = LogDirection.Known.BACKWARD, limit = 50),
                        maxPolls = 2,
                    ).toList()
            assertEquals(listOf("hi", "yo"), lines.map { it.message })
            assertEquals("journal", lines[1].stream.value)
            assertEquals("direction=forward&limit=50", server.requests[0].query)
            assertEquals("direction=forward&cursor=c1&limit=50", server.requests[1].query)
        }

    @Test
    fun `deployments are iterated across offset pages`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"items":[${deployment("d1", "failed")},${deployment("d2", "failed")}],"next_cursor":"","total":3}"""),
                Reply(200, """{"items":[${deployment("d3", "failed")}],"next_cursor":"","total":3}"""),
            )
            val ids =
                client.deployments
                    .iterDeployGetApiV1AppsByAppIDDeployments(
                        DeployGetApiV1AppsByAppIDDeploymentsPathParams("a1"),
                        DeployGetApiV1AppsByAppIDDeploymentsQuery(limit = 2),
                    ).toList()
                    .map { it.id }
            assertEquals(listOf("d1", "d2", "d3"), ids)
            assertEquals("limit=2&offset=2", server.requests[1].query)
        }

    @Test
    fun `errors carry the API's code`() =
        runBlocking<Unit> {
            server.reply(Reply(412, """{"statusCode":412,"code":"no_git_connection","message":"connect a repository first"}"""))
            val error =
                assertFailsWith<PreconditionFailedException> {
                    client.deployments.deployPostApiV1AppsByAppIDDeployments(DeployPostApiV1AppsByAppIDDeploymentsPathParams("a1"))
                }
            assertEquals("no_git_connection", error.code)
            assertTrue(error.message!!.startsWith("deployPostApiV1AppsByAppIDDeployments: POST /api/v1/apps/a1/deployments returned 412"))
        }

    @Test
    fun `optional nullable fields keep absent, null and a value apart`() {
        fun decode(json: String) = Json.decode<DiagnosisService>(Json.mapper.readTree(json), DiagnosisService::class.java)
        val base = """"name":"web","ready":true,"restarts":0"""
        assertEquals(Omittable.Absent, decode("{$base}").reason)
        assertEquals(Omittable.of(null), decode("""{$base,"reason":null}""").reason)
        assertEquals(Omittable.of("CrashLoopBackOff"), decode("""{$base,"reason":"CrashLoopBackOff"}""").reason)
        assertEquals("""{"name":"web","ready":true,"restarts":0,"reason":null}""", Json.encode(decode("""{$base,"reason":null}""")))
    }
}
