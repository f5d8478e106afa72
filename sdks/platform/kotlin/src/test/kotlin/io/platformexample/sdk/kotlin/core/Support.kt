package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.annotation.JsonAnyGetter
import com.fasterxml.jackson.annotation.JsonAnySetter
import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonInclude
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.annotation.JsonValue
import com.fasterxml.jackson.databind.JsonDeserializer
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.annotation.JsonDeserialize
import com.sun.net.httpserver.HttpServer
import java.net.InetSocketAddress
import java.time.Clock
import java.time.Instant
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors
import kotlin.time.Duration
import kotlin.time.TestTimeSource

/** A request the test server received. */
data class Seen(
    val method: String,
    val uri: String,
    val headers: Map<String, List<String>>,
    val body: String,
) {
    fun header(name: String): String? =
        headers.entries
            .firstOrNull { it.key.equals(name, ignoreCase = true) }
            ?.value
            ?.firstOrNull()

    val path: String get() = uri.substringBefore('?')

    val query: String get() = uri.substringAfter('?', "")
}

/** What the test server answers; [drop] closes the connection without an answer, [delayMillis] stalls first. */
data class Reply(
    val status: Int,
    val body: String = "",
    val headers: Map<String, String> = if (body.isEmpty()) emptyMap() else mapOf("Content-Type" to "application/json"),
    val delayMillis: Long = 0,
    val drop: Boolean = false,
)

/** A real HTTP server on 127.0.0.1 that answers from a script (or a function) and records every request. */
class TestServer : AutoCloseable {
    private val server: HttpServer = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
    private val executor = Executors.newCachedThreadPool()
    private val script = ConcurrentLinkedQueue<Reply>()
    val requests: MutableList<Seen> = CopyOnWriteArrayList()

    @Volatile
    var responder: ((Seen) -> Reply)? = null

    val url: String get() = "http://127.0.0.1:${server.address.port}"

    init {
        server.executor = executor
        server.createContext("/") { exchange ->
            val seen =
                Seen(
                    exchange.requestMethod,
                    exchange.requestURI.rawPath + (exchange.requestURI.rawQuery?.let { "?$it" } ?: ""),
                    exchange.requestHeaders.toMap(),
                    exchange.requestBody.readBytes().toString(Charsets.UTF_8),
                )
            requests += seen
            val reply = responder?.invoke(seen) ?: script.poll() ?: Reply(599, """{"message":"no reply scripted"}""")
            if (reply.delayMillis > 0) {
                try {
                    Thread.sleep(reply.delayMillis)
                } catch (_: InterruptedException) {
                    Thread.currentThread().interrupt()
                }
            }
            if (reply.drop) {
                exchange.close()
                return@createContext
            }
            reply.headers.forEach { (name, value) -> exchange.responseHeaders.add(name, value) }
            val bytes = reply.body.toByteArray()
            try {
                exchange.sendResponseHeaders(reply.status, if (bytes.isEmpty()) -1 else bytes.size.toLong())
                if (bytes.isNotEmpty()) exchange.responseBody.use { it.write(bytes) }
            } catch (_: java.io.IOException) {
                // the client went away (a timeout or a cancellation)
            } finally {
                exchange.close()
            }
        }
        server.start()
    }

    fun reply(vararg replies: Reply): TestServer {
        script.addAll(replies)
        return this
    }

    override fun close() {
        server.stop(0)
        executor.shutdownNow()
    }
}

/** Sleeps that take no time: recorded, and moving a test clock forward. */
class RecordingSleeper(
    private val time: TestTimeSource = TestTimeSource(),
) : Sleeper {
    val sleeps: MutableList<Duration> = CopyOnWriteArrayList()

    val timeSource: TestTimeSource get() = time

    override suspend fun sleep(duration: Duration) {
        sleeps += duration
        time += duration
    }
}

val FIXED_CLOCK: Clock = Clock.fixed(Instant.parse("2023-11-14T22:13:20Z"), ZoneOffset.UTC)

/** The options tests start from: no real waiting, full jitter so delays are exact. */
fun testOptions(
    server: TestServer,
    sleeper: RecordingSleeper = RecordingSleeper(),
): ClientOptions =
    ClientOptions(
        baseUrl = server.url,
        sleeper = sleeper,
        timeSource = sleeper.timeSource,
        clock = FIXED_CLOCK,
        jitter = { 1.0 },
    )

// ---------------------------------------------------------------- a fake API, written as the generator writes one

sealed interface ThingStatus : WireEnum<String> {
    enum class Known(
        override val value: String,
    ) : ThingStatus {
        PENDING("pending"),
        DONE("done"),
        FAILED("failed"),
    }

    data class Unknown(
        override val value: String,
    ) : ThingStatus

    companion object {
        private val known = Known.entries.associateBy { it.value }

        @JvmStatic
        @JsonCreator
        fun of(value: String): ThingStatus = known[value] ?: Unknown(value)
    }
}

@JsonDeserialize(using = JsonDeserializer.None::class)
@JsonInclude(JsonInclude.Include.NON_NULL)
data class Thing
    @JsonCreator
    constructor(
        @param:JsonProperty("id", required = true)
        @get:JsonProperty("id")
        val id: String,
        @param:JsonProperty("status", required = true)
        @get:JsonProperty("status")
        val status: ThingStatus,
        @param:JsonProperty("created_at")
        @get:JsonProperty("created_at")
        @get:JsonInclude(JsonInclude.Include.ALWAYS)
        val createdAt: OffsetDateTime?,
        @param:JsonProperty("kind", required = true)
        @get:JsonProperty("kind")
        val kind: String = "thing",
        @param:JsonProperty("label")
        @get:JsonProperty("label")
        val label: String? = null,
        @param:JsonProperty("note")
        @get:JsonProperty("note")
        @get:JsonInclude(JsonInclude.Include.NON_EMPTY)
        val note: Omittable<String?> = Omittable.Absent,
        @param:JsonProperty("meta")
        @get:JsonProperty("meta")
        val meta: JsonNode? = null,
        @param:JsonAnySetter
        @get:JsonAnyGetter
        val additionalProperties: Map<String, JsonNode> = emptyMap(),
    ) : Shape

@JsonDeserialize(using = JsonDeserializer.None::class)
@JsonInclude(JsonInclude.Include.NON_NULL)
data class Other
    @JsonCreator
    constructor(
        @param:JsonProperty("kind", required = true)
        @get:JsonProperty("kind")
        val kind: String = "other",
        @param:JsonProperty("size", required = true)
        @get:JsonProperty("size")
        val size: Long,
        @param:JsonAnySetter
        @get:JsonAnyGetter
        val additionalProperties: Map<String, JsonNode> = emptyMap(),
    ) : Shape

@JsonDeserialize(using = Shape.Deserializer::class)
sealed interface Shape {
    data class StringValue(
        @get:JsonValue
        val value: String,
    ) : Shape

    data class Unknown(
        @get:JsonValue
        val json: JsonNode,
    ) : Shape

    class Deserializer :
        UnionDeserializer<Shape>(
            Shape::class.java,
            listOf(
                UnionVariant(javaTypeOf<Thing>(), JsonKind.OBJECT, setOf("id", "status", "kind"), mapOf("kind" to "thing")) {
                    it as Thing
                },
                UnionVariant(javaTypeOf<Other>(), JsonKind.OBJECT, setOf("kind", "size"), mapOf("kind" to "other")) { it as Other },
                UnionVariant(javaTypeOf<String>(), JsonKind.STRING) { StringValue(it as String) },
            ),
            { Unknown(it) },
        )
}

private fun path(name: String) = Param(name, ParamLocation.PATH, required = true)

private fun query(name: String) = Param(name, ParamLocation.QUERY)

val FAKE_OPERATIONS: Map<String, Operation> =
    listOf(
        Operation(
            operationId = "getThing",
            method = "GET",
            path = "/things/{id}",
            params = listOf(path("id"), query("tags"), query("when"), query("flag"), Param("X-Trace", ParamLocation.HEADER)),
            responses = mapOf("200" to json<Thing>()),
            waiter = Waiter("thing", "status", listOf("done", "failed")),
        ),
        Operation(
            operationId = "createThing",
            method = "POST",
            path = "/things",
            requestContentType = "application/json",
            bodyRequired = true,
            responses = mapOf("201" to json<Thing>()),
        ),
        Operation(
            operationId = "patchThing",
            method = "PATCH",
            path = "/things/{id}",
            params = listOf(path("id")),
            requestContentType = "application/json",
            responses = mapOf("200" to json<Thing>()),
        ),
        Operation(
            operationId = "deleteThing",
            method = "DELETE",
            path = "/things/{id}",
            params = listOf(path("id")),
            responses = mapOf("204" to ResponseBody.Empty),
        ),
        Operation(
            operationId = "installStart",
            method = "GET",
            path = "/install",
            responses = mapOf("302" to ResponseBody.Redirect),
        ),
        Operation(
            operationId = "getShape",
            method = "GET",
            path = "/shape",
            responses = mapOf("200" to json<Shape>()),
        ),
        Operation(
            operationId = "listOffset",
            method = "GET",
            path = "/offset",
            params = listOf(query("limit"), query("offset")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.OFFSET,
                    javaTypeOf<Thing>(),
                    items = listOf("items"),
                    param = "offset",
                    sizeParam = "limit",
                    total = listOf("total"),
                    stop = listOf("empty", "short", "total"),
                ),
        ),
        Operation(
            operationId = "listCursor",
            method = "GET",
            path = "/cursor",
            params = listOf(query("cursor"), query("limit"), query("direction")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.CURSOR,
                    javaTypeOf<String>(),
                    items = listOf("lines"),
                    param = "cursor",
                    sizeParam = "limit",
                    next = listOf("next_cursor"),
                    hasMore = listOf("has_more"),
                    stop = listOf("has_more", "token"),
                ),
            tail = Tail("lines", "direction", "forward"),
        ),
        Operation(
            operationId = "listPages",
            method = "GET",
            path = "/pages",
            params = listOf(query("page"), query("per_page")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.PAGE,
                    javaTypeOf<Long>(),
                    items = listOf("items"),
                    param = "page",
                    sizeParam = "per_page",
                    total = listOf("total"),
                    stop = listOf("empty", "short", "total"),
                ),
        ),
        Operation(
            operationId = "listPods",
            method = "GET",
            path = "/pods",
            params = listOf(query("limit"), query("continue")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.CURSOR,
                    javaTypeOf<JsonNode>(),
                    items = listOf("items"),
                    param = "continue",
                    sizeParam = "limit",
                    next = listOf("metadata", "continue"),
                    stop = listOf("token"),
                ),
        ),
        Operation(
            operationId = "listCustomers",
            method = "GET",
            path = "/customers",
            params = listOf(query("limit"), query("starting_after")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.STARTING_AFTER,
                    javaTypeOf<JsonNode>(),
                    items = listOf("data"),
                    param = "starting_after",
                    sizeParam = "limit",
                    next = listOf("id"),
                    hasMore = listOf("has_more"),
                    stop = listOf("has_more", "empty", "token"),
                ),
        ),
        Operation(
            operationId = "listDays",
            method = "GET",
            path = "/days",
            params = listOf(query("page"), query("limit")),
            responses = mapOf("200" to json<JsonNode>()),
            pagination =
                Pagination(
                    PaginationStyle.PAGE,
                    javaTypeOf<Long>(),
                    param = "page",
                    sizeParam = "limit",
                    stop = listOf("empty", "short"),
                ),
        ),
        Operation(
            operationId = "search",
            method = "GET",
            path = "/search",
            params = listOf(Param("q", ParamLocation.QUERY, required = true)),
        ),
    ).associateBy { it.operationId }

class FakeClient private constructor(
    core: ClientCore,
) : SdkClient(core) {
    constructor(options: ClientOptions) : this(ClientCore(options, SdkInfo("fake-sdk", "1.2.3", "https://api.fake.test"), FAKE_OPERATIONS))

    val clientCore: ClientCore get() = core

    suspend fun getThing(id: String): Thing = core.call(FAKE_OPERATIONS.getValue("getThing"), mapOf("id" to id), emptyMap(), null, null)

    fun withOptions(change: ClientOptions.() -> ClientOptions): FakeClient = FakeClient(core.withOptions(options.change()))
}
