package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.databind.JsonNode
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.seconds

private val QUERY_KEY_SCHEME = SecurityScheme("queryKey", SecurityKind.API_KEY, location = ParamLocation.QUERY, parameterName = "api_key")

private fun messages(
    id: String,
    pagination: Pagination,
) = Operation(
    id,
    "GET",
    "/v1/messages",
    params = listOf(Param("PageSize", ParamLocation.QUERY)),
    responses = mapOf("200" to ResponseBody.Json(JsonNode::class.java)),
    pagination = pagination,
    security = listOf(SecurityScheme("bearer", SecurityKind.HTTP, scheme = "bearer"), QUERY_KEY_SCHEME),
)

private val URL_PAGED: Map<String, Operation> =
    listOf(
        messages(
            "nextUrl",
            Pagination(
                PaginationStyle.NEXT_URL,
                javaTypeOf<JsonNode>(),
                items = listOf("messages"),
                sizeParam = "PageSize",
                next = listOf("next_page_uri"),
                stop = listOf("token"),
            ),
        ),
        messages(
            "linkHeader",
            Pagination(PaginationStyle.LINK_HEADER, javaTypeOf<JsonNode>(), items = listOf("messages"), stop = listOf("token")),
        ),
    ).associateBy { it.operationId }

private class UrlPagedClient(
    options: ClientOptions,
) : SdkClient(ClientCore(options, SdkInfo("paged-sdk", "1.0.0", "https://api.paged.test"), URL_PAGED))

class HelpersTest {
    private val server = TestServer()
    private val sleeper = RecordingSleeper()

    @AfterEach
    fun stop() = server.close()

    private fun client() = FakeClient(testOptions(server, sleeper))

    private fun params(seen: Seen): Map<String, String> =
        seen.query
            .split('&')
            .filter { it.isNotEmpty() }
            .associate { it.substringBefore('=') to it.substringAfter('=') }

    private fun thing(id: String) = """{"id":"$id","status":"done","created_at":null,"kind":"thing"}"""

    @Test
    fun `offset pagination walks limit and offset until total`() =
        runBlocking<Unit> {
            server.responder = { seen ->
                val offset = params(seen)["offset"]?.toInt() ?: 0
                val items = (offset until minOf(offset + 2, 5)).joinToString(",") { thing("t$it") }
                Reply(200, """{"items":[$items],"total":5}""")
            }
            val items = client().iterate("listOffset", query = mapOf("limit" to 2)).toList()
            assertEquals((0 until 5).map { "t$it" }, items.map { (it as Thing).id })
            assertEquals(listOf("limit=2", "limit=2&offset=2", "limit=2&offset=4"), server.requests.map { it.query })
        }

    @Test
    fun `cursor pagination follows next_cursor until it is empty or has_more is false`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"lines":["a","b"],"next_cursor":"c1","has_more":true}"""),
                Reply(200, """{"lines":["c"],"next_cursor":"c2","has_more":true}"""),
                Reply(200, """{"lines":["d"],"next_cursor":"","has_more":false}"""),
            )
            assertEquals(listOf("a", "b", "c", "d"), client().iterate("listCursor").toList())
            assertEquals(listOf("", "cursor=c1", "cursor=c2"), server.requests.map { it.query })
        }

    @Test
    fun `page pagination counts pages until a short page`() =
        runBlocking<Unit> {
            server.responder = { seen ->
                when (params(seen)["page"]) {
                    null, "1" -> Reply(200, """{"items":[1,2],"total":5}""")
                    "2" -> Reply(200, """{"items":[3,4],"total":5}""")
                    else -> Reply(200, """{"items":[5],"total":5}""")
                }
            }
            assertEquals(listOf<Any?>(1L, 2L, 3L, 4L, 5L), client().iterate("listPages", query = mapOf("per_page" to 2)).toList())
            assertEquals(listOf("per_page=2", "per_page=2&page=2", "per_page=2&page=3"), server.requests.map { it.query })
        }

    @Test
    fun `a continue token in metadata is followed until it is absent`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"items":[{"id":"a"},{"id":"b"}],"metadata":{"continue":"c1"}}"""),
                Reply(200, """{"items":[{"id":"c"}],"metadata":{}}"""),
            )
            val items = client().iterate("listPods", query = mapOf("limit" to 2)).toList()
            assertEquals(listOf("a", "b", "c"), items.map { (it as JsonNode).get("id").asText() })
            assertEquals(listOf("limit=2", "limit=2&continue=c1"), server.requests.map { it.query })
        }

    @Test
    fun `starting_after sends the last id until has_more is false`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"data":[{"id":"a"},{"id":"b"}],"has_more":true}"""),
                Reply(200, """{"data":[{"id":"c"}],"has_more":false}"""),
            )
            val items = client().iterate("listCustomers", query = mapOf("limit" to 2)).toList()
            assertEquals(listOf("a", "b", "c"), items.map { (it as JsonNode).get("id").asText() })
            assertEquals(listOf("limit=2", "limit=2&starting_after=b"), server.requests.map { it.query })
        }

    @Test
    fun `a bare list without a total pages until a short page`() =
        runBlocking<Unit> {
            server.reply(Reply(200, "[1,2]"), Reply(200, "[3,4]"), Reply(200, "[5]"))
            assertEquals(listOf<Any?>(1L, 2L, 3L, 4L, 5L), client().iterate("listDays", query = mapOf("limit" to 2)).toList())
            assertEquals(listOf("limit=2", "limit=2&page=2", "limit=2&page=3"), server.requests.map { it.query })
        }

    private fun keyed() = UrlPagedClient(testOptions(server, sleeper).copy(token = "tok", apiKey = "k3y"))

    private fun ids(items: List<Any?>) = items.map { (it as JsonNode).get("id").asText() }

    private fun messagesPage(
        id: String,
        next: String?,
    ) = Reply(200, """{"messages":[{"id":"$id"}],"next_page_uri":${if (next == null) "null" else "\"$next\""}}""")

    @Test
    fun `a next url in the page is followed relative then absolute with the credentials`() =
        runBlocking<Unit> {
            server.reply(
                messagesPage("a", "/v1/messages?Page=1&PageToken=p1"),
                messagesPage("b", "${server.url}/v1/messages?Page=2"),
                messagesPage("c", null),
            )
            assertEquals(listOf("a", "b", "c"), ids(keyed().iterate("nextUrl", query = mapOf("PageSize" to 1)).toList()))
            assertEquals(
                listOf(
                    "/v1/messages?PageSize=1&api_key=k3y",
                    "/v1/messages?Page=1&PageToken=p1&api_key=k3y",
                    "/v1/messages?Page=2&api_key=k3y",
                ),
                server.requests.map { it.uri },
            )
            assertEquals(listOf("Bearer tok", "Bearer tok", "Bearer tok"), server.requests.map { it.header("Authorization") })
        }

    @Test
    fun `a next url relative to the page and one that repeats the page ends`() =
        runBlocking<Unit> {
            server.reply(messagesPage("a", "messages?after=a"), messagesPage("b", "messages?after=a"), messagesPage("never", null))
            val client = UrlPagedClient(testOptions(server, sleeper).copy(token = ""))
            assertEquals(listOf("a", "b"), ids(client.iterate("nextUrl").toList()))
            assertEquals(listOf("/v1/messages", "/v1/messages?after=a"), server.requests.map { it.uri })
        }

    @Test
    fun `a next url on another origin is refused before sending`() =
        runBlocking<Unit> {
            val elsewhere = server.url.replace("127.0.0.1", "localhost") + "/v1/messages?api_key=theirs&Page=1"
            server.reply(messagesPage("a", elsewhere))
            val seen = mutableListOf<Any?>()
            val error =
                assertFailsWith<InvalidArgumentException> {
                    keyed().iterate("nextUrl").collect { seen.add(it) }
                }
            assertEquals(listOf("a"), ids(seen))
            assertTrue("not on ${server.url}" in error.message.orEmpty(), error.message)
            assertTrue("theirs" !in error.message.orEmpty(), error.message)
            assertEquals(1, server.requests.size)
        }

    @Test
    fun `a link header next is followed until there is none`() =
        runBlocking<Unit> {
            val json = mapOf("Content-Type" to "application/json")
            val first =
                "<${server.url}/v1/messages?page=1>; rel=\"first\", " +
                    "<${server.url}/v1/messages?page=2>; title=\"a; b, c\"; rel=\"next last\""
            server.reply(
                Reply(200, """{"messages":[{"id":"a"}]}""", json + ("Link" to first)),
                Reply(200, """{"messages":[{"id":"b"}]}""", json + ("Link" to "</v1/messages?page=3>; rel=next")),
                Reply(200, """{"messages":[{"id":"c"}]}""", json + ("Link" to "</v1/messages?page=1>; rel=\"prev\"")),
            )
            assertEquals(listOf("a", "b", "c"), ids(keyed().iterate("linkHeader").toList()))
            assertEquals(
                listOf("/v1/messages?api_key=k3y", "/v1/messages?page=2&api_key=k3y", "/v1/messages?page=3&api_key=k3y"),
                server.requests.map { it.uri },
            )
        }

    @Test
    fun `link headers are parsed with several links and quoted params`() {
        assertEquals("/b", Paging.linkNext("</a>; rel=\"prev\", </b>; rel=\"next\""))
        assertEquals("/c", Paging.linkNext("</a>; title=\"x, rel=next; y\"; rel=prev, </c>; REL=\"Next\""))
        assertEquals("/d", Paging.linkNext("</d>; rel=\"next last\"; type=\"text/html\""))
        assertEquals("/e?x=1,2", Paging.linkNext("</e?x=1,2>; rel=next"))
        assertEquals(null, Paging.linkNext("</a>; rel=\"prev\""))
        assertEquals(null, Paging.linkNext(null))
        assertEquals(null, Paging.linkNext("garbage"))
        assertEquals("http://h/v1/x?b=2", Paging.resolve("http://h/v1/x?a=1", "?b=2"))
        assertEquals("http://h/v1/y", Paging.resolve("http://h/v1/x", "y#frag"))
    }

    @Test
    fun `pages are fetched only as the flow is collected`() =
        runBlocking<Unit> {
            server.responder = { Reply(200, """{"lines":["x","y"],"next_cursor":"more","has_more":true}""") }
            assertEquals(listOf("x", "y"), client().iterate("listCursor").take(2).toList())
            assertEquals(1, server.requests.size)
        }

    @Test
    fun `the tail polls forward from the last cursor`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"lines":["a","b"],"next_cursor":"c1","has_more":true}"""),
                Reply(200, """{"lines":[],"next_cursor":"c1","has_more":false}"""),
                Reply(200, """{"lines":["c"],"next_cursor":"c2","has_more":false}"""),
            )
            val lines = client().tail("listCursor", maxPolls = 3).toList()
            assertEquals(listOf("a", "b", "c"), lines)
            assertEquals(
                listOf("direction=forward", "direction=forward&cursor=c1", "direction=forward&cursor=c1"),
                server.requests.map { it.query },
            )
            assertEquals(
                listOf(2.seconds),
                sleeper.sleeps,
                "no wait after a page with more, one after an empty page, none after the last poll",
            )
        }

    @Test
    fun `the tail runs until the collector stops`() =
        runBlocking<Unit> {
            var n = 0
            server.responder = {
                n++
                Reply(200, """{"lines":["l$n"],"next_cursor":"c$n","has_more":false}""")
            }
            assertEquals(listOf("l1", "l2", "l3"), client().tail("listCursor").take(3).toList())
            assertEquals(3, server.requests.size)
            assertTrue(sleeper.sleeps.all { it == 2.seconds })
        }

    @Test
    fun `a waiter polls until a terminal value`() =
        runBlocking<Unit> {
            server.reply(
                Reply(200, """{"id":"t","status":"pending","created_at":null,"kind":"thing"}"""),
                Reply(200, """{"id":"t","status":"pending","created_at":null,"kind":"thing"}"""),
                Reply(200, """{"id":"t","status":"failed","created_at":null,"kind":"thing"}"""),
            )
            val result = client().wait("getThing", mapOf("id" to "t"), timeout = 60.seconds, interval = 5.seconds)
            assertEquals(ThingStatus.Known.FAILED, (result as Thing).status)
            assertEquals(listOf(5.seconds, 5.seconds), sleeper.sleeps)
        }

    @Test
    fun `a waiter gives up after its timeout`() =
        runBlocking<Unit> {
            server.responder = { Reply(200, """{"id":"t","status":"pending","created_at":null,"kind":"thing"}""") }
            val error =
                assertFailsWith<WaiterTimeoutException> {
                    client().wait("getThing", mapOf("id" to "t"), timeout = 10.seconds, interval = 4.seconds)
                }
            assertEquals("pending", error.value)
            assertEquals(listOf(4.seconds, 4.seconds, 2.seconds), sleeper.sleeps)
            assertTrue("getThing: status is still 'pending' after 10s" in error.message!!, error.message)
            assertEquals("t", (error.last as Thing).id)
        }

    @Test
    fun `helpers refuse operations that do not support them`() {
        val client = client()
        assertFailsWith<InvalidArgumentException> { client.iterate("getThing") }
        assertFailsWith<InvalidArgumentException> { client.tail("listOffset") }
        assertFailsWith<InvalidArgumentException> { runBlocking { client.wait("listOffset") } }
        assertTrue(server.requests.isEmpty())
    }
}
