package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.net.InetAddress
import java.net.ServerSocket
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlin.concurrent.thread
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

class TransportTest {
    private val server = TestServer()
    private val sleeper = RecordingSleeper()

    @AfterEach
    fun stop() = server.close()

    private fun client(change: ClientOptions.() -> ClientOptions = { this }) = FakeClient(testOptions(server, sleeper).change())

    private val thing = """{"id":"t1","status":"done","created_at":null,"kind":"thing"}"""

    @Test
    fun `retryable statuses are retried with exponential backoff`() =
        runBlocking<Unit> {
            server.reply(Reply(503), Reply(502), Reply(200, thing))
            val result = client().getThing("t1")
            assertEquals("t1", result.id)
            assertEquals(3, server.requests.size)
            assertEquals(listOf(500.milliseconds, 1.seconds), sleeper.sleeps)
        }

    @Test
    fun `backoff is jittered and capped`() {
        assertEquals(250.milliseconds, Retry.backoff(0) { 0.5 })
        assertEquals(8.seconds, Retry.backoff(10) { 1.0 })
        assertEquals(0.seconds, Retry.backoff(3) { 0.0 })
    }

    @Test
    fun `every retryable status is retried and others are not`() =
        runBlocking<Unit> {
            for (status in listOf(408, 429, 500, 502, 503, 504)) {
                server.requests.clear()
                server.reply(Reply(status), Reply(200, thing))
                client().getThing("t1")
                assertEquals(2, server.requests.size, "status $status")
            }
            server.requests.clear()
            server.reply(Reply(501))
            assertFailsWith<ServerErrorException> { client().getThing("t1") }
            assertEquals(1, server.requests.size)
        }

    @Test
    fun `the retry count is limited per client and per call`() =
        runBlocking<Unit> {
            server.responder = { Reply(503) }
            assertFailsWith<ServerErrorException> { client { copy(maxRetries = 4) }.getThing("t1") }
            assertEquals(5, server.requests.size)
            server.requests.clear()
            val op = FAKE_OPERATIONS.getValue("getThing")
            assertFailsWith<ServerErrorException> {
                client().clientCore.call<Any?>(op, mapOf("id" to "t1"), emptyMap(), null, RequestOptions(maxRetries = 0))
            }
            assertEquals(1, server.requests.size)
        }

    @Test
    fun `Retry-After in seconds, as an HTTP date, and in the error body`() =
        runBlocking<Unit> {
            server.reply(
                Reply(429, """{"code":"rate_limited"}""", mapOf("Retry-After" to "3", "Content-Type" to "application/json")),
                Reply(503, "", mapOf("Retry-After" to "Tue, 14 Nov 2023 22:13:27 GMT")),
                Reply(429, """{"statusCode":429,"code":"rate_limited","message":"slow down","retryAfter":2}"""),
                Reply(200, thing),
            )
            client { copy(maxRetries = 3) }.getThing("t1")
            assertEquals(listOf(3.seconds, 7.seconds, 2.seconds), sleeper.sleeps)
        }

    @Test
    fun `Retry-After is capped`() {
        assertEquals(60.seconds, Retry.delay(0, 3600.0) { 1.0 })
        assertEquals(1.5, Retry.retryAfter(Headers.of("Retry-After-Ms" to "1500"), FIXED_CLOCK))
        assertNull(Retry.retryAfter(Headers.of("Retry-After" to "soon"), FIXED_CLOCK))
    }

    @Test
    fun `a POST gets one Idempotency-Key, reused across its retries`() =
        runBlocking<Unit> {
            server.reply(Reply(500), Reply(503), Reply(201, thing))
            client().request("createThing", body = mapOf("id" to "t1"))
            val keys = server.requests.map { it.header("Idempotency-Key") }
            assertEquals(3, keys.size)
            assertNotNull(keys[0])
            assertEquals(1, keys.toSet().size)
            server.requests.clear()
            server.reply(Reply(201, thing))
            client().request("createThing", body = mapOf("id" to "t2"))
            assertTrue(server.requests.single().header("Idempotency-Key") != keys[0], "a new call gets a new key")
        }

    @Test
    fun `a caller's Idempotency-Key is used and no key is made without retries`() =
        runBlocking<Unit> {
            server.reply(Reply(201, thing), Reply(201, thing))
            client().request("createThing", body = mapOf("id" to "t1"), options = RequestOptions(idempotencyKey = "mine"))
            assertEquals("mine", server.requests[0].header("Idempotency-Key"))
            client { copy(maxRetries = 0) }.request("createThing", body = mapOf("id" to "t1"))
            assertNull(server.requests[1].header("Idempotency-Key"))
        }

    @Test
    fun `non-idempotent requests without a key are never retried`() =
        runBlocking<Unit> {
            server.reply(Reply(503), Reply(200, thing))
            assertFailsWith<ServerErrorException> { client().request("patchThing", mapOf("id" to "t1"), body = mapOf("label" to "x")) }
            assertEquals(1, server.requests.size)
            assertTrue(sleeper.sleeps.isEmpty())
        }

    @Test
    fun `connection errors are retried, then thrown as their own type`() =
        runBlocking<Unit> {
            server.reply(Reply(200, drop = true), Reply(200, thing))
            assertEquals("t1", client().getThing("t1").id)
            val refused = FakeClient(testOptions(server, sleeper).copy(baseUrl = "http://127.0.0.1:9", maxRetries = 2))
            val error = assertFailsWith<ApiConnectionException> { refused.getThing("t1") }
            assertTrue(error !is ApiTimeoutException)
            assertTrue("getThing: GET /things/t1: connection failed (after 3 attempts)" in error.message!!, error.message)
        }

    @Test
    fun `timeouts per client and per call`() =
        runBlocking<Unit> {
            // the server would answer long after any timeout here: only the client's timeout ends these calls
            server.responder = { Reply(200, thing, delayMillis = 60_000) }
            val attempts = mutableListOf<Int>()
            val hook =
                object : DebugHook {
                    override fun onRequest(
                        request: HttpRequestData,
                        attempt: Int,
                    ) {
                        attempts += attempt
                    }

                    override fun onResponse(
                        request: HttpRequestData,
                        response: HttpResponseData,
                    ) {}
                }
            val error =
                assertFailsWith<ApiTimeoutException> {
                    client { copy(timeout = 200.milliseconds, maxRetries = 0) }.getThing("t1")
                }
            assertTrue("timed out" in error.message!!, error.message)
            val op = FAKE_OPERATIONS.getValue("getThing")
            assertFailsWith<ApiTimeoutException> {
                client { copy(debug = hook) }.clientCore.call<Any?>(
                    op,
                    mapOf("id" to "t1"),
                    emptyMap(),
                    null,
                    RequestOptions(timeout = 150.milliseconds, maxRetries = 1),
                )
            }
            assertEquals(listOf(1, 2), attempts, "the timed-out call was retried once")
            assertEquals(60.seconds, ClientOptions().timeout)
        }

    @Test
    fun `cancelling the coroutine aborts the call at once`() =
        runBlocking<Unit> {
            val arrived = CountDownLatch(1)
            server.responder = {
                arrived.countDown()
                Reply(200, thing, delayMillis = 60_000)
            }
            val call = async { client().getThing("t1") }
            withContext(Dispatchers.IO) { assertTrue(arrived.await(30, TimeUnit.SECONDS), "the request reached the server") }
            call.cancel()
            // the server answers after a minute: a call that waited for it would not end within this
            withTimeout(30_000) { call.join() }
            assertTrue(call.isCancelled)
            assertEquals(1, server.requests.size, "a cancelled call is not retried")
        }

    @Test
    fun `cancelling the coroutine closes the connection of the exchange`() =
        runBlocking<Unit> {
            ServerSocket(0, 50, InetAddress.getLoopbackAddress()).use { listener ->
                val received = CountDownLatch(1)
                val closed = CountDownLatch(1)
                thread(isDaemon = true) {
                    listener.accept().use { socket ->
                        val input = socket.getInputStream()
                        var tail = 0
                        while (tail != 0x0D0A0D0A) {
                            val next = input.read()
                            if (next < 0) return@thread
                            tail = (tail shl 8) or next
                        }
                        received.countDown()
                        if (input.read() < 0) closed.countDown()
                    }
                }
                val options = testOptions(server).copy(baseUrl = "http://127.0.0.1:${listener.localPort}", maxRetries = 0)
                val call = async(Dispatchers.IO) { FakeClient(options).getThing("t1") }
                assertTrue(received.await(30, TimeUnit.SECONDS), "the request arrived")
                call.cancel()
                assertTrue(closed.await(30, TimeUnit.SECONDS), "the server saw the connection close")
            }
        }

    @Test
    fun `calls at once over the default client all get their own answers`() =
        runBlocking<Unit> {
            // the default client reads answers on its selector thread: overlapping exchanges on
            // several connections must each reach their own caller
            server.responder = { seen ->
                val id = seen.path.substringAfterLast('/')
                Reply(200, """{"id":"$id","status":"done","created_at":null,"kind":"thing"}""", delayMillis = 20)
            }
            val client = client()
            val ids = (1..64).map { "t$it" }
            val answers = ids.map { id -> async(Dispatchers.Default) { client.getThing(id).id } }.map { it.await() }
            assertEquals(ids, answers)
            assertEquals(64, server.requests.size)
            assertTrue(JdkHttpTransport.defaultClient().executor().isPresent, "the default client runs its steps in place")
        }

    @Test
    fun `bearer token, tenant header, user agent and extra headers`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing))
            client { copy(token = "tok", tenantId = "ten", headers = mapOf("X-Extra" to "1")) }.getThing("t1")
            val seen = server.requests.single()
            assertEquals("Bearer tok", seen.header("Authorization"))
            assertEquals("ten", seen.header("X-Tenant-ID"))
            assertEquals("1", seen.header("X-Extra"))
            assertEquals("application/json", seen.header("Accept"))
            assertTrue(seen.header("User-Agent")!!.matches(Regex("""fake-sdk/1\.2\.3 kotlin/\S+ jvm/\S+""")), seen.header("User-Agent"))
        }

    @Test
    fun `a signer signs every attempt`() =
        runBlocking<Unit> {
            server.reply(Reply(503), Reply(200, thing))
            var count = 0
            val signer =
                RequestSigner { request ->
                    count++
                    request.copy(headers = request.headers.with("X-Signature", "sig-$count").with("X-Nonce", "n$count"))
                }
            client { copy(signer = signer) }.getThing("t1")
            assertEquals(listOf("sig-1", "sig-2"), server.requests.map { it.header("X-Signature") })
        }

    @Test
    fun `the debug hook sees requests and responses with secrets redacted`() =
        runBlocking<Unit> {
            server.reply(Reply(200, thing, mapOf("Content-Type" to "application/json", "Set-Cookie" to "s=1")))
            val seen = mutableListOf<Any>()
            val hook =
                object : DebugHook {
                    override fun onRequest(
                        request: HttpRequestData,
                        attempt: Int,
                    ) {
                        seen += request
                    }

                    override fun onResponse(
                        request: HttpRequestData,
                        response: HttpResponseData,
                    ) {
                        seen += response
                    }
                }
            val signer = RequestSigner { it.copy(headers = it.headers.with("X-Signature", "secret-sig")) }
            client { copy(token = "tok", debug = hook, signer = signer) }.getThing("t1")
            val request = seen[0] as HttpRequestData
            val response = seen[1] as HttpResponseData
            assertEquals(Defaults.REDACTED, request.headers.first("Authorization"))
            assertEquals(Defaults.REDACTED, request.headers.first("X-Signature"))
            assertEquals(Defaults.REDACTED, response.headers.first("Set-Cookie"))
            assertEquals("Bearer tok", server.requests.single().header("Authorization"), "only the hook's copy is redacted")
            assertTrue("s3cr3t" !in client { copy(token = "s3cr3t") }.options.toString())
        }

    @Test
    fun `a replaced transport sends everything`() =
        runBlocking<Unit> {
            val sent = mutableListOf<HttpRequestData>()
            val transport =
                HttpTransport { request, _ ->
                    sent += request
                    HttpResponseData(200, Headers.of("Content-Type" to "application/json"), thing.toByteArray())
                }
            val result = FakeClient(ClientOptions(baseUrl = "https://example.test/v1/", transport = transport)).getThing("a b")
            assertEquals("t1", result.id)
            assertEquals("https://example.test/v1/things/a%20b", sent.single().url)
        }
}
