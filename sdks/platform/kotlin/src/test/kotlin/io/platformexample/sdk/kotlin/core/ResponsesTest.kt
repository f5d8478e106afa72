package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.databind.node.NullNode
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.time.OffsetDateTime
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertTrue

class ResponsesTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private fun client() = FakeClient(testOptions(server).copy(maxRetries = 0))

    @Test
    fun `204 gives an empty result that is an empty map`() =
        runBlocking<Unit> {
            server.reply(Reply(204))
            val result = client().request("deleteThing", mapOf("id" to "t1"))
            assertEquals(EmptyResult, result)
            assertEquals(emptyMap<String, Any?>(), result)
            assertEquals("{}", result.toString())
        }

    @Test
    fun `a 2xx without a body gives an empty result, unless a model was declared for it`() =
        runBlocking<Unit> {
            server.reply(Reply(202), Reply(200))
            assertEquals(EmptyResult, client().request("getShape"))
            val error = assertFailsWith<ResponseDecodeException> { client().request("getShape") }
            assertTrue("200 response has no body" in error.message!!, error.message)
        }

    @Test
    fun `3xx gives status and location and is never followed`() =
        runBlocking<Unit> {
            server.reply(Reply(302, headers = mapOf("Location" to "https://github.com/apps/x/installations/new?state=s")))
            val result = client().request("installStart")
            assertEquals(RedirectResult(302, "https://github.com/apps/x/installations/new?state=s"), result)
            assertEquals(
                mapOf("status" to 302, "location" to "https://github.com/apps/x/installations/new?state=s"),
                (result as RedirectResult).toMap(),
            )
            assertEquals(1, server.requests.size)
        }

    @Test
    fun `every error status gives its class`() =
        runBlocking<Unit> {
            val expected =
                mapOf(
                    400 to BadRequestException::class,
                    401 to AuthenticationException::class,
                    403 to PermissionDeniedException::class,
                    404 to NotFoundException::class,
                    409 to ConflictException::class,
                    412 to PreconditionFailedException::class,
                    422 to UnprocessableEntityException::class,
                    428 to PreconditionRequiredException::class,
                    429 to RateLimitException::class,
                    418 to ClientErrorException::class,
                    500 to InternalServerErrorException::class,
                    503 to ServerErrorException::class,
                )
            for ((status, type) in expected) {
                server.reply(Reply(status, """{"statusCode":$status,"code":"c$status","message":"m$status"}"""))
                val error = assertFailsWith<ApiStatusException> { client().getThing("t1") }
                assertEquals(type, error::class, "status $status")
                assertEquals(status, error.status)
                assertEquals("c$status", error.code)
                assertEquals("m$status", error.errorMessage)
                assertEquals("getThing", error.operationId)
            }
        }

    @Test
    fun `an error carries what the server said and names what failed`() =
        runBlocking<Unit> {
            server.reply(
                Reply(
                    429,
                    """{"statusCode":429,"code":"rate_limited","message":"too many","retryAfter":42}""",
                    mapOf("Content-Type" to "application/json", "X-Request-Id" to "req-1"),
                ),
            )
            val error = assertFailsWith<RateLimitException> { client().getThing("t1") }
            assertEquals(42.0, error.retryAfter)
            assertEquals("req-1", error.requestId)
            assertEquals("req-1", error.headers.first("x-request-id"))
            assertEquals(mapOf("statusCode" to 429, "code" to "rate_limited", "message" to "too many", "retryAfter" to 42), error.body)
            assertEquals("getThing: GET /things/t1 returned 429 rate_limited: too many (retry after 42s) [request id req-1]", error.message)
            assertIs<SdkException>(error)
        }

    @Test
    fun `an error body that is not JSON is kept as text`() =
        runBlocking<Unit> {
            server.reply(Reply(502, "bad gateway", mapOf("Content-Type" to "text/plain")))
            val error = assertFailsWith<ServerErrorException> { client().getThing("t1") }
            assertEquals("bad gateway", error.body)
            assertEquals("bad gateway", error.errorMessage)
            assertNull(error.code)
        }

    @Test
    fun `a 2xx whose JSON is broken or does not fit is a decode error`() =
        runBlocking<Unit> {
            server.reply(Reply(200, "{not json"), Reply(200, """{"status":"done"}"""))
            assertFailsWith<ResponseDecodeException> { client().getThing("t1") }
            val error = assertFailsWith<ResponseDecodeException> { client().getThing("t1") }
            assertTrue("getThing" in error.message!! && "id" in error.message!!, error.message)
        }

    @Test
    fun `unknown fields and unknown enum values are kept`() =
        runBlocking<Unit> {
            server.reply(Reply(200, """{"id":"t1","status":"archived","created_at":null,"kind":"thing","extra":{"a":[1,2]}}"""))
            val thing = client().getThing("t1")
            assertEquals(ThingStatus.Unknown("archived"), thing.status)
            assertEquals("archived", thing.status.value)
            assertEquals("""{"a":[1,2]}""", thing.additionalProperties.getValue("extra").toString())
            val again = Json.tree(thing)
            assertEquals("archived", again.get("status").asText())
            assertEquals(
                2,
                again
                    .get("extra")
                    .get("a")
                    .get(1)
                    .asInt(),
            )
        }

    @Test
    fun `known enum values decode to their entry and encode to their value`() {
        val thing =
            Json.decode<Thing>(
                Json.mapper.readTree("""{"id":"t","status":"done","created_at":null,"kind":"thing"}"""),
                Thing::class.java,
            )
        assertEquals(ThingStatus.Known.DONE, thing.status)
        assertEquals("\"done\"", Json.encode(ThingStatus.Known.DONE))
        assertEquals(ThingStatus.Known.FAILED, ThingStatus.of("failed"))
    }

    @Test
    fun `absent, null and a value stay three states`() {
        fun decode(json: String): Thing = Json.decode(Json.mapper.readTree(json), Thing::class.java)
        val absent = decode("""{"id":"t","status":"done","created_at":"2024-05-01T10:00:00+02:00","kind":"thing"}""")
        val nulls = decode("""{"id":"t","status":"done","created_at":null,"kind":"thing","note":null,"meta":null}""")
        val values = decode("""{"id":"t","status":"done","created_at":null,"kind":"thing","note":"n","meta":{"k":1},"label":"l"}""")
        assertEquals(Omittable.Absent, absent.note)
        assertNull(absent.meta)
        assertEquals(OffsetDateTime.parse("2024-05-01T08:00:00Z").toInstant(), absent.createdAt!!.toInstant())
        assertEquals(Omittable.of(null), nulls.note)
        assertEquals(NullNode.instance, nulls.meta)
        assertEquals(Omittable.of("n"), values.note)
        assertEquals("n", values.note.getOrNull())
        assertEquals("l", values.label)
        assertEquals("""{"id":"t","status":"done","created_at":"2024-05-01T08:00:00Z","kind":"thing"}""", Json.encode(absent))
        assertEquals("""{"id":"t","status":"done","created_at":null,"kind":"thing","note":null,"meta":null}""", Json.encode(nulls))
        assertEquals(
            """{"id":"t","status":"done","created_at":null,"kind":"thing","label":"l","note":"n","meta":{"k":1}}""",
            Json.encode(values),
        )
    }

    @Test
    fun `a union is told apart by its constants and kinds`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"kind":"other","size":3}"""),
                Reply(200, """{"id":"t","status":"done","kind":"thing","created_at":null}"""),
                Reply(200, "\"plain\""),
                Reply(200, "[1]"),
            )
            assertEquals(Other(size = 3), client().request("getShape"))
            assertIs<Thing>(client().request("getShape"))
            assertEquals(Shape.StringValue("plain"), client().request("getShape"))
            assertEquals(Shape.Unknown(Json.of(listOf(1))), client().request("getShape"))
            assertEquals("\"plain\"", Json.encode(Shape.StringValue("plain")))
        }

    @Test
    fun `the raw response is there on request`() =
        runBlocking<Unit> {
            server.reply(Reply(404, """{"code":"not_found"}""", mapOf("Content-Type" to "application/json", "X-Request-Id" to "r9")))
            val raw = client().requestRaw("getThing", mapOf("id" to "t1"))
            assertEquals(404, raw.status)
            assertEquals("r9", raw.headers.first("X-Request-Id"))
            assertEquals("not_found", raw.json()!!.get("code").asText())
            assertEquals("""{"code":"not_found"}""", raw.text)
            assertFailsWith<NotFoundException> { raw.parsed() }
        }

    @Test
    fun `operations without a declared type give plain values`() =
        runBlocking<Unit> {
            server.reply(Reply(200, """{"a":[1,"x",null]}"""))
            assertEquals(mapOf("a" to listOf(1, "x", null)), client().request("search", query = mapOf("q" to "x")))
        }

    @Test
    fun `Types builds the same Java types as typeOf and decodes with them`() {
        val nested = Types.map(Types.list(Thing::class.java))
        assertEquals(javaTypeOf<Map<String, List<Thing>>>(), nested)
        assertEquals(nested, javaTypeOf<Map<String, List<Thing>>>())
        assertEquals(javaTypeOf<Map<String, List<Thing>>>().hashCode(), nested.hashCode())
        assertEquals(javaTypeOf<List<Long?>>(), Types.list(Long::class.javaObjectType))
        assertEquals("java.util.Map<java.lang.String, java.util.List<io.platformexample.sdk.kotlin.core.Thing>>", nested.typeName)
        val json = """{"a":[{"id":"t1","status":"done","created_at":null,"kind":"thing"}]}"""
        val decoded: Map<String, List<Thing>> = Json.decode(Json.mapper.readTree(json), nested)
        assertEquals("t1", decoded.getValue("a").single().id)
    }
}
