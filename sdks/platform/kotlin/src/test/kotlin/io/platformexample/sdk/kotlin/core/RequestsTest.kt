package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.time.OffsetDateTime
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

class RequestsTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private fun client() = FakeClient(testOptions(server))

    private val thing = """{"id":"t1","status":"done","created_at":null,"kind":"thing"}"""

    @Test
    fun `a missing or empty path parameter is refused before sending`() =
        runBlocking<Unit> {
            val missing = assertFailsWith<InvalidArgumentException> { client().request("getThing") }
            assertEquals("getThing: path parameter 'id' is required and must not be empty (got null)", missing.message)
            assertFailsWith<InvalidArgumentException> { client().request("getThing", mapOf("id" to "")) }
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `an unknown operationId is refused with suggestions`() =
        runBlocking<Unit> {
            val error = assertFailsWith<InvalidArgumentException> { client().request("getthing") }
            assertEquals("unknown operationId 'getthing'; did you mean 'getThing'?", error.message)
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `a missing required body is refused before sending`() =
        runBlocking<Unit> {
            assertFailsWith<InvalidArgumentException> { client().request("createThing") }
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `a missing required query parameter is left for the server to refuse`() =
        runBlocking<Unit> {
            // Regression (contract suite, promote_preflight): the SDK refused it itself, so the
            // caller never saw the server's 400 validation_failed, unlike every other SDK.
            server.reply(Reply(400, """{"statusCode":400,"code":"validation_failed","message":"q is required"}"""))
            val error = assertFailsWith<BadRequestException> { client().request("search") }
            assertEquals("validation_failed", error.code)
            assertEquals(listOf("/search"), server.requests.map { it.uri })
        }

    @Test
    fun `path segments are encoded one by one`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing), Reply(200, thing))
            client().getThing("a/b c?")
            client().getThing("..")
            assertEquals(listOf("/things/a%2Fb%20c%3F", "/things/%2E%2E"), server.requests.map { it.path })
        }

    @Test
    fun `query values are sent as strings, by style`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing))
            val query =
                mapOf(
                    "tags" to listOf("a", "b c"),
                    "when" to OffsetDateTime.parse("2024-01-02T03:04:05+01:00"),
                    "flag" to true,
                    "X-Trace" to "tr-1",
                    "skip" to null,
                    "status" to ThingStatus.Known.DONE,
                )
            client().request("getThing", mapOf("id" to "t1"), query, options = RequestOptions(extraQuery = mapOf("extra" to 5)))
            val seen = server.requests.single()
            assertEquals("tags=a&tags=b%20c&when=2024-01-02T02%3A04%3A05Z&flag=true&status=done&extra=5", seen.query)
            assertEquals("tr-1", seen.header("X-Trace"))
        }

    @Test
    fun `bodies are JSON with wire names, and maps work as well as models`() =
        runBlocking<Unit> {
            server.reply(Reply(201, thing), Reply(201, thing))
            val model = Thing(id = "t1", status = ThingStatus.Known.PENDING, createdAt = null, note = Omittable.of(null))
            client().request("createThing", body = model)
            client().request("createThing", body = mapOf("id" to "t2", "extra" to listOf(1)))
            assertEquals("""{"id":"t1","status":"pending","created_at":null,"kind":"thing","note":null}""", server.requests[0].body)
            assertEquals("application/json", server.requests[0].header("Content-Type"))
            assertEquals("""{"id":"t2","extra":[1]}""", server.requests[1].body)
        }

    @Test
    fun `per-call headers win and a copy keeps the transport`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing), Reply(200, thing))
            val client = client().withOptions { copy(token = "a") }
            val op = FAKE_OPERATIONS.getValue("getThing")
            client.clientCore.call<Thing>(
                op,
                mapOf("id" to "t1"),
                emptyMap(),
                null,
                RequestOptions(
                    headers =
                        mapOf(
                            "Authorization" to "Bearer b",
                        ),
                ),
            )
            client.withOptions { copy(tenantId = "t") }.getThing("t1")
            assertEquals("Bearer b", server.requests[0].header("Authorization"))
            assertEquals("Bearer a", server.requests[1].header("Authorization"))
            assertEquals("t", server.requests[1].header("X-Tenant-ID"))
        }

    @Test
    fun `settings are checked when the client is made`() {
        assertFailsWith<InvalidArgumentException> { FakeClient(ClientOptions(maxRetries = -1)) }
        assertEquals("https://api.fake.test", FakeClient(ClientOptions()).clientCore.baseUrl)
    }

    @Test
    fun `form and multipart bodies`() {
        val form = Operation("f", "POST", "/f", requestContentType = "application/x-www-form-urlencoded")
        val (bytes, type) = Encoding.body(form, mapOf("a" to "x y", "b" to listOf(1, 2)))!!
        assertEquals("a=x%20y&b=1&b=2", bytes.toString(Charsets.UTF_8))
        assertEquals("application/x-www-form-urlencoded", type)
        val multipart = Operation("m", "POST", "/m", requestContentType = "multipart/form-data")
        val (parts, partsType) =
            Encoding.body(
                multipart,
                mapOf("name" to "n", "file" to FilePart("a.txt", "hi".toByteArray(), "text/plain")),
            )!!
        val text = parts.toString(Charsets.UTF_8)
        assertTrue(partsType.startsWith("multipart/form-data; boundary="))
        assertTrue("name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhi\r\n" in text, text)
        assertTrue("name=\"name\"\r\n\r\nn\r\n" in text, text)
    }

    /** OpenAPI 3.1's path style examples: color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}. */
    @Test
    fun `path parameters follow the OpenAPI style table`() {
        val array = listOf("blue", "black", "brown")
        val obj = linkedMapOf("R" to 100, "G" to 200, "B" to 150)
        val reserved = listOf("a,b;c", "x/y.z")
        val keyed = mapOf("k=1" to "v&2")
        val table =
            listOf(
                Row("simple", false, "blue", "blue"),
                Row("simple", false, array, "blue,black,brown"),
                Row("simple", false, obj, "R,100,G,200,B,150"),
                Row("simple", true, "blue", "blue"),
                Row("simple", true, array, "blue,black,brown"),
                Row("simple", true, obj, "R=100,G=200,B=150"),
                Row("label", false, "blue", ".blue"),
                Row("label", false, array, ".blue,black,brown"),
                Row("label", false, obj, ".R,100,G,200,B,150"),
                Row("label", true, "blue", ".blue"),
                Row("label", true, array, ".blue.black.brown"),
                Row("label", true, obj, ".R=100.G=200.B=150"),
                Row("matrix", false, "blue", ";color=blue"),
                Row("matrix", false, array, ";color=blue,black,brown"),
                Row("matrix", false, obj, ";color=R,100,G,200,B,150"),
                Row("matrix", true, "blue", ";color=blue"),
                Row("matrix", true, array, ";color=blue;color=black;color=brown"),
                Row("matrix", true, obj, ";R=100;G=200;B=150"),
                // reserved characters in names, keys and values are percent-encoded one by one
                Row("label", true, reserved, ".a%2Cb%3Bc.x%2Fy.z"),
                Row("matrix", true, reserved, ";color=a%2Cb%3Bc;color=x%2Fy.z"),
                Row("matrix", false, keyed, ";color=k%3D1,v%262"),
                Row("matrix", true, keyed, ";k%3D1=v%262"),
                Row("label", false, keyed, ".k%3D1,v%262"),
            )
        for (row in table) {
            val rendered = Encoding.renderPath(styled(row.style, row.explode), mapOf("color" to row.value))
            assertEquals("/paint/${row.expected}/now", rendered, "${row.style} explode=${row.explode}")
        }
        for (style in listOf("label", "matrix")) {
            for (empty in listOf("", emptyList<String>(), emptyMap<String, String>())) {
                assertFailsWith<InvalidArgumentException> { Encoding.renderPath(styled(style, true), mapOf("color" to empty)) }
            }
        }
    }

    private data class Row(
        val style: String,
        val explode: Boolean,
        val value: Any,
        val expected: String,
    )

    private fun styled(
        style: String,
        explode: Boolean,
    ) = Operation(
        "paint",
        "GET",
        "/paint/{color}/now",
        params = listOf(Param("color", ParamLocation.PATH, required = true, style = style, explode = explode)),
    )
}
