package ai.axhub.sdk.kotlin

import ai.axhub.sdk.kotlin.core.ClientClosedException
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.core.EmptyResult
import ai.axhub.sdk.kotlin.core.InvalidArgumentException
import ai.axhub.sdk.kotlin.core.RecordingSleeper
import ai.axhub.sdk.kotlin.core.Reply
import ai.axhub.sdk.kotlin.core.RequestOptions
import ai.axhub.sdk.kotlin.core.TestServer
import ai.axhub.sdk.kotlin.core.testOptions
import ai.axhub.sdk.kotlin.models.TriggerDeploymentRequest
import ai.axhub.sdk.kotlin.params.DeployPostApiV1AppsByAppIDDeploymentsPathParams
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/** The surface named by what calls do (`client.deployments.list(appId, limit = 20)`) against a local server. */
class FriendlySurfaceTest {
    private val server = TestServer()
    private val client = AxHubClient(testOptions(server, RecordingSleeper()).copy(token = "t0k"))

    @AfterEach
    fun stop() = server.close()

    private fun deployment(id: String) =
        """{"id":"$id","app_id":"a1","commit_sha":"abc","status":"succeeded","trigger_source":"manual",""" +
            """"started_at":"2024-05-01T10:00:00Z","completed_at":null,"current_stage":null,""" +
            """"failure_reason":null,"image_uri":null}"""

    @Test
    fun `list takes the path parameter positionally and pages through every item`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"items":[${deployment("d1")}],"next_cursor":"","total":2}"""),
                Reply(200, """{"items":[${deployment("d2")}],"next_cursor":"","total":2}"""),
            )
            val ids =
                client.deployments
                    .list("a1", limit = 1)
                    .toList()
                    .map { it.id }
            assertEquals(listOf("d1", "d2"), ids)
            assertEquals(
                listOf("/api/v1/apps/a1/deployments?limit=1", "/api/v1/apps/a1/deployments?limit=1&offset=1"),
                server.requests.map { it.uri },
            )
        }

    @Test
    fun `trigger sends the body fields given as named arguments, like the seed method`() =
        runBlocking<Unit> {
            server.reply(Reply(202, deployment("d9")), Reply(202, deployment("d9")))
            val started = client.deployments.trigger("a1", forceRebuild = true, idempotencyKey = "k-1")
            assertEquals("d9", started.id)
            client.deployments.deployPostApiV1AppsByAppIDDeployments(
                DeployPostApiV1AppsByAppIDDeploymentsPathParams(appID = "a1"),
                body = TriggerDeploymentRequest(forceRebuild = true),
                options = RequestOptions(idempotencyKey = "k-1"),
            )
            val (friendly, seed) = server.requests
            assertEquals("POST", friendly.method)
            assertEquals(seed.uri, friendly.uri)
            assertEquals(seed.body, friendly.body)
            assertEquals("""{"force_rebuild":true}""", friendly.body)
            assertEquals("k-1", friendly.header("Idempotency-Key"))
            assertEquals("Bearer t0k", friendly.header("Authorization"))
        }

    @Test
    fun `nested namespaces and several path parameters in path order`() =
        runBlocking<Unit> {
            server.reply(Reply(200, deployment("d/2")), Reply(204, ""), Reply(204, ""))
            assertEquals("d/2", client.deployments.get("a1", "d/2").id)
            assertEquals(EmptyResult, client.deployments.cancel("a1", "d2"))
            assertEquals(EmptyResult, client.apps.git.disconnect("a1"))
            assertEquals(
                listOf(
                    "/api/v1/apps/a1/deployments/d%2F2",
                    "/api/v1/apps/a1/deployments/d2/cancel",
                    "/api/v1/apps/a1/git-connection",
                ),
                server.requests.map { it.path },
            )
            assertEquals(listOf("GET", "POST", "DELETE"), server.requests.map { it.method })
        }

    @Test
    fun `an empty path parameter is the SDK's argument error, nothing is sent`() =
        runBlocking<Unit> {
            assertFailsWith<InvalidArgumentException> { client.deployments.get("a1", "") }
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `a client built with a bad base URL or timeout is refused, a closed one refuses calls`() =
        runBlocking<Unit> {
            assertFailsWith<InvalidArgumentException> { AxHubClient(ClientOptions(baseUrl = "localhost:8080")) }
            assertFailsWith<InvalidArgumentException> { AxHubClient(ClientOptions(baseUrl = "ftp://example.com")) }
            assertFailsWith<InvalidArgumentException> {
                AxHubClient(testOptions(server).copy(timeout = -(1.seconds)))
            }
            client.close()
            assertFailsWith<ClientClosedException> { client.deployments.get("a1", "d1") }
            assertTrue(server.requests.isEmpty())
            assertEquals("AXHUB", AxHubClient.ENV_PREFIX)
        }
}
