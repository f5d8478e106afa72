package ai.axhub.sdk.kotlin

import ai.axhub.sdk.kotlin.core.ClientClosedException
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.core.DebugHook
import ai.axhub.sdk.kotlin.core.InvalidArgumentException
import ai.axhub.sdk.kotlin.core.NotFoundException
import ai.axhub.sdk.kotlin.core.RecordingSleeper
import ai.axhub.sdk.kotlin.core.Reply
import ai.axhub.sdk.kotlin.core.SdkException
import ai.axhub.sdk.kotlin.core.TestServer
import ai.axhub.sdk.kotlin.core.testOptions
import ai.axhub.sdk.kotlin.models.Error
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

/**
 * Every Kotlin case of issue 16's "What users found", each answered by the SDK's own error or
 * surface: bad base URLs and options refused when the client is built (InvalidArgumentException,
 * never the JDK's IllegalArgumentException at the first call), a missing credential refused at
 * build (an empty token on purpose allowed), a closed client refusing calls, the runtime in the
 * SDK's own package with a `fun interface` DebugHook, typed error bodies, and the request ID of a
 * successful call.
 */
class MisuseTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private val deployment =
        """{"id":"d1","app_id":"a1","commit_sha":"abc","status":"succeeded","trigger_source":"manual",""" +
            """"started_at":"2024-05-01T10:00:00Z","completed_at":null,"current_stage":null,""" +
            """"failure_reason":null,"image_uri":null}"""

    @Test
    fun `bad settings are the SDK's argument error when the client is built`() {
        for (url in listOf("localhost:8080", "ftp://example.com", "https://", "not a url")) {
            val error = assertFailsWith<InvalidArgumentException> { AxHubClient(ClientOptions(baseUrl = url, token = "t")) }
            assertTrue(url in error.message!!, error.message)
        }
        assertFailsWith<InvalidArgumentException> { AxHubClient(testOptions(server).copy(token = "t", timeout = -(1.seconds))) }
        assertFailsWith<InvalidArgumentException> { AxHubClient(testOptions(server).copy(token = "t", maxRetries = -1)) }
    }

    @Test
    fun `a missing token is refused at build, not met as the server's 401 on the first call`() =
        runBlocking<Unit> {
            val error = assertFailsWith<InvalidArgumentException> { AxHubClient(testOptions(server)) }
            assertTrue("AXHUB_TOKEN" in error.message!!, error.message)
            server.reply(Reply(200, deployment))
            AxHubClient(testOptions(server).copy(token = "")).use { anonymous ->
                assertEquals("d1", anonymous.deployments.get("a1", "d1").id)
            }
            assertNull(server.requests.single().header("Authorization"), "an empty token sends none")
        }

    @Test
    fun `a closed client refuses calls with the SDK's error, on every surface`() =
        runBlocking<Unit> {
            val client = AxHubClient(testOptions(server).copy(token = "t"))
            client.close()
            assertFailsWith<ClientClosedException> { client.deployments.get("a1", "d1") }
            assertFailsWith<ClientClosedException> { client.request("deployGetApiV1AppsByAppIDDeployments", mapOf("appID" to "a1")) }
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `an unknown operationId is the SDK's argument error`() =
        runBlocking<Unit> {
            AxHubClient(testOptions(server).copy(token = "t")).use { client ->
                val error = assertFailsWith<InvalidArgumentException> { client.request("listDeployments") }
                assertTrue("unknown operationId" in error.message!!, error.message)
            }
        }

    @Test
    fun `the runtime is the SDK's own, and DebugHook is a fun interface`() =
        runBlocking<Unit> {
            assertEquals("ai.axhub.sdk.kotlin.core", SdkException::class.java.packageName)
            assertEquals("ai.axhub.sdk.kotlin.core", ClientOptions::class.java.packageName)
            val statuses = mutableListOf<Int>()
            server.reply(Reply(200, deployment))
            AxHubClient(
                testOptions(server, RecordingSleeper()).copy(
                    token = "t",
                    debug =
                        DebugHook { _, response ->
                            statuses +=
                                response.status
                        },
                ),
            ).use { it.deployments.get("a1", "d1") }
            assertEquals(listOf(200), statuses)
        }

    @Test
    fun `error bodies are typed and successful results carry their request ID`() =
        runBlocking<Unit> {
            server.reply(
                Reply(
                    404,
                    """{"statusCode":404,"code":"not_found","message":"no such deployment"}""",
                    mapOf("Content-Type" to "application/json", "X-Request-Id" to "req-404"),
                ),
                Reply(200, deployment, mapOf("Content-Type" to "application/json", "X-Request-Id" to "req-200")),
            )
            AxHubClient(testOptions(server).copy(token = "t", maxRetries = 0)).use { client ->
                val missing = assertFailsWith<NotFoundException> { client.deployments.get("a1", "nope") }
                val body = missing.bodyAs<Error>()
                assertEquals("not_found", body?.code)
                assertEquals(404L, body?.statusCode)
                assertEquals("req-404", missing.requestId)

                val (found, response) = client.withRawResponse { deployments.get("a1", "d1") }
                assertEquals("d1", found.id)
                assertEquals("req-200", response.requestId)
                assertEquals(200, response.status)
            }
        }
}
