package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNull

class ErrorBodiesTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private val operation =
        Operation(
            "getThing",
            "GET",
            "/things",
            responses = mapOf("200" to json<Thing>()),
            errors =
                mapOf(
                    "409" to Other::class.java,
                    "4XX" to Types.map(String::class.java),
                    "default" to Types.list(Long::class.javaObjectType),
                ),
        )

    private suspend fun fail(reply: Reply): ApiStatusException {
        server.reply(reply)
        val core = ClientCore(testOptions(server).copy(maxRetries = 0), SdkInfo("fake-sdk", "1.0.0", server.url), emptyMap())
        return assertFailsWith<ApiStatusException> { core.call<Any?>(operation, emptyMap(), emptyMap(), null, null) }
    }

    @Test
    fun `the exact status, its class and default each decode their declared model`() =
        runBlocking<Unit> {
            val conflict =
                fail(Reply(409, """{"kind":"other","size":3,"code":"busy","message":"in use"}""", mapOf("X-Request-Id" to "req-1")))
            assertIs<ConflictException>(conflict)
            assertIs<Other>(conflict.declared)
            assertEquals(3L, conflict.bodyAs<Other>()?.size)
            assertEquals("busy", conflict.code)
            assertEquals("in use", conflict.errorMessage)
            assertEquals("req-1", conflict.requestId)

            val missing = fail(Reply(404, """{"code":"not_found","message":"no"}"""))
            assertEquals(mapOf("code" to "not_found", "message" to "no"), missing.bodyAs<Map<String, String>>())
            assertNull(missing.bodyAs<Other>(), "another type than the declared one")

            val broken = fail(Reply(503, "[1, 2]"))
            assertEquals(listOf(1L, 2L), broken.declared)
        }

    @Test
    fun `a body that is not JSON or not the declared shape leaves declared null and the raw body in place`() =
        runBlocking<Unit> {
            val text = fail(Reply(409, "upstream exploded", mapOf("Content-Type" to "text/plain")))
            assertNull(text.declared)
            assertEquals("upstream exploded", text.body)
            val shape = fail(Reply(409, """{"kind":"other"}"""))
            assertNull(shape.declared, "size is required")
            assertEquals(mapOf("kind" to "other"), shape.body)
            val empty = fail(Reply(418))
            assertNull(empty.declared)
        }

    @Test
    fun `an operation without declared errors decodes nothing`() =
        runBlocking<Unit> {
            server.reply(Reply(409, """{"kind":"other","size":3}"""))
            val core = ClientCore(testOptions(server).copy(maxRetries = 0), SdkInfo("fake-sdk", "1.0.0", server.url), emptyMap())
            val error =
                assertFailsWith<ConflictException> {
                    core.call<Any?>(operation.copy(errors = emptyMap()), emptyMap(), emptyMap(), null, null)
                }
            assertNull(error.declared)
            assertEquals(mapOf("kind" to "other", "size" to 3), error.body)
        }
}
