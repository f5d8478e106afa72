package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertSame
import kotlin.test.assertTrue
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds

class EnvironmentTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private val env = mapOf("AXHUB_TOKEN" to "from-env", "AXHUB_BASE_URL" to "https://env.example.com", "AXHUB_LOG" to "info")

    @Test
    fun `unset settings come from the environment under the prefix`() {
        val options = Environment.apply(ClientOptions(), "AXHUB", env)
        assertEquals("from-env", options.token)
        assertEquals("https://env.example.com", options.baseUrl)
        assertEquals(LogLevel.INFO, assertIs<StandardErrorLog>(options.debug).level)
    }

    @Test
    fun `explicit settings win over the environment`() {
        val hook = DebugHook { _, _ -> }
        val given = ClientOptions(token = "explicit", baseUrl = "http://localhost:1", debug = hook)
        val options = Environment.apply(given, "AXHUB", env)
        assertEquals("explicit", options.token)
        assertEquals("http://localhost:1", options.baseUrl)
        assertSame(hook, options.debug)
    }

    @Test
    fun `other prefixes, blank values and an empty prefix read nothing`() {
        assertEquals(ClientOptions().token, Environment.apply(ClientOptions(), "OTHER", env).token)
        assertNull(Environment.apply(ClientOptions(), "AXHUB", mapOf("AXHUB_TOKEN" to "  ")).token)
        assertNull(Environment.apply(ClientOptions(), "", mapOf("_TOKEN" to "x")).token)
        assertNull(Environment.apply(ClientOptions(), "AXHUB", mapOf("AXHUB_LOG" to "OFF")).debug)
        val debug = Environment.apply(ClientOptions(), "AXHUB", mapOf("AXHUB_LOG" to "Debug")).debug
        assertEquals(LogLevel.DEBUG, assertIs<StandardErrorLog>(debug).level)
    }

    @Test
    fun `an unknown log level is the SDK's argument error`() {
        val error =
            assertFailsWith<InvalidArgumentException> {
                Environment.apply(ClientOptions(), "AXHUB", mapOf("AXHUB_LOG" to "loud"))
            }
        assertEquals("AXHUB_LOG must be one of off, info, debug; got 'loud'", error.message)
    }

    @Test
    fun `a base URL that is not absolute http or https with a host is refused when the client is built`() {
        for (bad in listOf("ftp://example.com", "localhost:8080", "/api", "http://", "not a url", "https:///x")) {
            val error = assertFailsWith<InvalidArgumentException>(bad) { FakeClient(ClientOptions(baseUrl = bad)) }
            assertTrue(error.message!!.contains(bad), error.message)
        }
        FakeClient(ClientOptions(baseUrl = "HTTP://127.0.0.1:8080/v1"))
    }

    @Test
    fun `bad option values are refused when the client is built`() {
        for (timeout in listOf(-1.seconds, Duration.ZERO)) {
            val error = assertFailsWith<InvalidArgumentException> { FakeClient(testOptions(server).copy(timeout = timeout)) }
            assertTrue(error.message!!.startsWith("timeout must be positive"), error.message)
        }
        assertFailsWith<InvalidArgumentException> { FakeClient(testOptions(server).copy(maxRetries = -1)) }
        FakeClient(testOptions(server).copy(timeout = Duration.INFINITE))
        val client = FakeClient(testOptions(server))
        assertFailsWith<InvalidArgumentException> { client.withOptions { copy(baseUrl = "ftp://x") } }
    }

    @Test
    fun `bad per-call options are refused before sending`() =
        runBlocking<Unit> {
            val client = FakeClient(testOptions(server))
            assertFailsWith<InvalidArgumentException> {
                client.request("getThing", mapOf("id" to "t"), options = RequestOptions(timeout = (-5).seconds))
            }
            assertFailsWith<InvalidArgumentException> {
                client.request("getThing", mapOf("id" to "t"), options = RequestOptions(maxRetries = -1))
            }
            assertTrue(server.requests.isEmpty())
        }

    @Test
    fun `a closed client and its copies refuse calls with ClientClosedException`() =
        runBlocking<Unit> {
            val client = FakeClient(testOptions(server))
            val copy = client.withOptions { copy(maxRetries = 0) }
            client.close()
            assertTrue(client.clientCore.isClosed)
            val error = assertFailsWith<ClientClosedException> { client.getThing("t1") }
            assertEquals("fake-sdk: the client is closed; getThing was not sent", error.message)
            assertFailsWith<ClientClosedException> { copy.request("getThing", mapOf("id" to "t1")) }
            assertFailsWith<ClientClosedException> { client.withOptions { copy(maxRetries = 1) }.getThing("t1") }
            client.close() // twice is fine
            assertTrue(server.requests.isEmpty())
        }
}
