package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull

class RawResponsesTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private val thing = """{"id":"t1","status":"done","created_at":null,"kind":"thing"}"""

    @Test
    fun `a call's result comes with its status, headers and request ID`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing, mapOf("Content-Type" to "application/json", "X-Request-Id" to "req-42")))
            val client = FakeClient(testOptions(server).copy(token = "tok"))
            val (value, response) = captureResponse { client.getThing("t1") }
            assertEquals("t1", value.id)
            assertEquals(200, response.status)
            assertEquals("req-42", response.requestId)
            assertEquals("getThing", response.operation.operationId)
            assertEquals(Defaults.REDACTED, response.request.headers.first("Authorization"), "the request is shown redacted")
            assertEquals("t1", (response.parsed() as Thing).id)
        }

    @Test
    fun `the last call of the block is the one returned, and no call is the SDK's argument error`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing, mapOf("Content-Type" to "application/json", "X-Request-Id" to "a")))
            server.reply(Reply(200, thing, mapOf("Content-Type" to "application/json")))
            val client = FakeClient(testOptions(server))
            val both =
                captureResponse {
                    client.getThing("t1")
                    client.getThing("t2")
                }
            assertNull(both.requestId)
            assertEquals("/things/t2", server.requests.last().path)
            assertFailsWith<InvalidArgumentException> { captureResponse { 42 } }
        }

    @Test
    fun `an error status is still thrown, with its own request ID`() =
        runBlocking<Unit> {
            server.reply(Reply(404, """{"code":"not_found"}""", mapOf("Content-Type" to "application/json", "X-Request-Id" to "r404")))
            val client = FakeClient(testOptions(server).copy(maxRetries = 0))
            val error = assertFailsWith<NotFoundException> { captureResponse { client.getThing("gone") } }
            assertEquals("r404", error.requestId)
        }
}
