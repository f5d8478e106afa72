package io.platformexample.sdk.kotlin.core

import com.sun.net.httpserver.HttpServer
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.flowOf
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.io.IOException
import java.net.InetSocketAddress
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds

private val EVENTS =
    Operation(
        "streamEvents",
        "GET",
        "/events",
        responses = mapOf("200" to ResponseBody.EventStream),
        security = emptyList(),
    )

/** What the event server does for one request: write pieces of the body, or answer with an error status. */
private class Script(
    val status: Int = 200,
    val pieces: List<String> = emptyList(),
    val body: String = "",
    // before writing piece i (i > 0) the server waits for gates[i - 1], when there is one (and
    // writes a `stalled` event if it is not opened in time)
    val gates: List<CountDownLatch> = emptyList(),
    // then keeps writing events until the client goes away (a bounded number of them)
    val endless: Boolean = false,
    // milliseconds to wait before writing piece i, when given
    val pauses: List<Long> = emptyList(),
)

/** A server that writes a `text/event-stream` body piece by piece, flushing each (chunked encoding). */
private class EventServer : AutoCloseable {
    private val server: HttpServer = HttpServer.create(InetSocketAddress("127.0.0.1", 0), 0)
    private val executor = Executors.newCachedThreadPool()
    val scripts: MutableList<Script> = CopyOnWriteArrayList()
    val accepts: MutableList<String?> = CopyOnWriteArrayList()

    /** Counted down when a write fails because the client went away. */
    val clientLeft = CountDownLatch(1)

    val url: String get() = "http://127.0.0.1:${server.address.port}"

    init {
        server.executor = executor
        server.createContext("/") { exchange ->
            accepts += exchange.requestHeaders.getFirst("Accept")
            val script = scripts.removeAt(0)
            try {
                if (script.status != 200) {
                    val bytes = script.body.toByteArray()
                    exchange.responseHeaders.add("Content-Type", "application/json")
                    exchange.sendResponseHeaders(script.status, bytes.size.toLong())
                    exchange.responseBody.use { it.write(bytes) }
                    return@createContext
                }
                exchange.responseHeaders.add("Content-Type", "text/event-stream")
                exchange.sendResponseHeaders(200, 0)
                val out = exchange.responseBody
                script.pieces.forEachIndexed { index, piece ->
                    val gate = if (index > 0) script.gates.getOrNull(index - 1) else null
                    if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
                        // the client never saw what was written so far: it must be holding the body back
                        out.write("event: stalled\ndata: the earlier events never reached the client\n\n".toByteArray())
                    }
                    script.pauses.getOrNull(index)?.let { Thread.sleep(it) }
                    out.write(piece.toByteArray())
                    out.flush()
                }
                if (script.endless) {
                    val filler = "data: ${"x".repeat(1000)}\n\n".toByteArray()
                    repeat(100_000) {
                        out.write(filler)
                        out.flush()
                    }
                }
                out.close()
            } catch (_: IOException) {
                clientLeft.countDown()
            } finally {
                exchange.close()
            }
        }
        server.start()
    }

    override fun close() {
        server.stop(0)
        executor.shutdownNow()
    }
}

private class StreamingClient(
    options: ClientOptions,
) : SdkClient(ClientCore(options, SdkInfo("sse-sdk", "1.0.0", "https://sse.test"), mapOf(EVENTS.operationId to EVENTS)))

class SseTest {
    private val server = EventServer()

    @AfterEach
    fun stop() = server.close()

    private fun client(maxRetries: Int = 0) =
        StreamingClient(ClientOptions(baseUrl = server.url, maxRetries = maxRetries, sleeper = RecordingSleeper(), jitter = { 1.0 }))

    private fun parse(vararg pieces: String): List<ServerSentEvent> {
        val parser = ServerSentEventParser()
        return pieces.flatMap { parser.feed(it) } + parser.finish()
    }

    @Test
    fun `lines end with CRLF, LF or CR, comments are skipped, one space after the colon goes`() {
        val events = parse(": keep-alive\r\n", "event: a\r\ndata:  two spaces\r\rdata:x\ndata\n\n")
        assertEquals(
            listOf(ServerSentEvent("a", " two spaces"), ServerSentEvent("message", "x\n")),
            events,
        )
    }

    @Test
    fun `data lines join with newlines, id and retry carry over, and a blank line without data dispatches nothing`() {
        val events = parse("id: 7\nretry: 1500\ndata: one\ndata: two\n\n", "event: ping\n\n", "data: three\nretry: x\n\n")
        assertEquals(
            listOf(ServerSentEvent("message", "one\ntwo", "7", 1500), ServerSentEvent("message", "three", "7", 1500)),
            events,
        )
    }

    @Test
    fun `a field split across pieces, a CR before the LF of the next piece, and a last event without a blank line`() {
        val events = parse("\uFEFFda", "ta: hel", "lo\r", "\ndata: wor", "ld\r\n\r", "\nid: 9\ndata: last")
        assertEquals(listOf(ServerSentEvent("message", "hello\nworld"), ServerSentEvent("message", "last", "9")), events)
    }

    @Test
    fun `UTF-8 split across byte pieces decodes whole`() =
        runBlocking<Unit> {
            val bytes = "data: héllo ✓\n\n".toByteArray()
            val pieces = bytes.map { byteArrayOf(it) }
            val events = ServerSentEventParser.parse(flowOf(*pieces.toTypedArray())).toList()
            assertEquals(listOf(ServerSentEvent(data = "héllo ✓")), events)
        }

    @Test
    fun `events arrive over HTTP as they are written, in several pieces`() =
        runBlocking<Unit> {
            val firstSeen = CountDownLatch(1)
            server.scripts +=
                Script(
                    pieces = listOf("event: greet\nda", "ta: hi\n\n", ": comment\r\nid: 2\r\ndata: a\r\ndata: b\r\n\r\n", "data: tail"),
                    gates = listOf(CountDownLatch(0), firstSeen),
                )
            val events = mutableListOf<ServerSentEvent>()
            client().stream("streamEvents").collect { event ->
                events += event
                firstSeen.countDown() // the server writes the rest only once the first event is here
            }
            assertEquals(
                listOf(ServerSentEvent("greet", "hi"), ServerSentEvent("message", "a\nb", "2"), ServerSentEvent("message", "tail", "2")),
                events,
            )
            assertEquals("text/event-stream", server.accepts.single())
        }

    @Test
    fun `the timeout bounds the wait for the headers, never an open stream`() =
        runBlocking<Unit> {
            // events 100 ms apart, with one quiet spell of 400 ms, against a 250 ms timeout
            val pauses = listOf(0L, 100, 100, 400, 100, 100)
            server.scripts += Script(pieces = pauses.indices.map { "data: $it\n\n" }, pauses = pauses)
            val client =
                StreamingClient(
                    ClientOptions(baseUrl = server.url, maxRetries = 0, timeout = 250.milliseconds, sleeper = RecordingSleeper()),
                )
            val events = client.stream("streamEvents").map { it.data }.toList()
            assertEquals(pauses.indices.map { "$it" }, events)
        }

    @Test
    fun `an error status before the stream is the usual typed error, after retries`() =
        runBlocking<Unit> {
            server.scripts += Script(status = 503, body = """{"message":"busy"}""")
            server.scripts += Script(pieces = listOf("data: ok\n\n"))
            assertEquals(listOf("ok"), client(maxRetries = 1).stream("streamEvents").map { it.data }.toList())
            server.scripts += Script(status = 404, body = """{"code":"not_found","message":"no stream"}""")
            val error = assertFailsWith<NotFoundException> { client().stream("streamEvents").toList() }
            assertEquals("not_found", error.code)
        }

    @Test
    fun `the flow is cold and stopping the collection closes the exchange`() =
        runBlocking<Unit> {
            val stopped = CountDownLatch(1)
            server.scripts += Script(pieces = listOf("data: 1\n\n", "data: 2\n\n"), gates = listOf(stopped), endless = true)
            val flow = client().stream("streamEvents")
            assertTrue(server.accepts.isEmpty(), "nothing is sent before the flow is collected")
            assertEquals("1", flow.first().data)
            stopped.countDown()
            assertTrue(server.clientLeft.await(20, TimeUnit.SECONDS), "the server saw the connection close")
            assertFalse(server.accepts.isEmpty())
        }

    @Test
    fun `request by operationId gives the stream as text`() =
        runBlocking<Unit> {
            server.scripts += Script(pieces = listOf("data: x\n\n"))
            assertEquals("data: x\n\n", client().request("streamEvents"))
        }
}
