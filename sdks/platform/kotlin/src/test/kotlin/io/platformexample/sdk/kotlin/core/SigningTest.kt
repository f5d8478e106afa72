package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertNull
import kotlin.test.assertSame
import kotlin.test.assertTrue

class SigningTest {
    private val user = TestServer()
    private val agent = TestServer()

    @AfterEach
    fun stop() {
        user.close()
        agent.close()
    }

    private val signature =
        Signature(
            algorithm = "hmac-sha256",
            keyIdHeader = "X-Agent-Id",
            timestampHeader = "X-Timestamp",
            nonceHeader = "X-Nonce",
            signatureHeader = "X-Signature",
        )
    private val key = SigningKey("agt_1", "ags_test_secret")
    private val at1700000000: Clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC)
    private val nonce = "00112233445566778899aabbccddeeff"

    @Test
    fun `the shared test vectors, hex and base64`() {
        val body = """{"status":"success","exitCode":0}""".toByteArray()
        val hex = HmacSigner(key, signature, at1700000000) { nonce }.sign("POST", "/agent/jobs/job_1/result?x=1", body)
        assertEquals(
            mapOf(
                "X-Agent-Id" to "agt_1",
                "X-Timestamp" to "1700000000",
                "X-Nonce" to nonce,
                "X-Signature" to "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
            ),
            hex,
        )
        val base64 = HmacSigner(key, signature.copy(encoding = "base64"), at1700000000) { nonce }
        assertEquals(
            "n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY=",
            base64.sign("POST", "/agent/jobs/job_1/result?x=1", body)["X-Signature"],
        )
        val get = HmacSigner(key, signature, at1700000000) { nonce }.sign("get", "/agent/stream", null)
        assertEquals("86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99", get["X-Signature"])
    }

    @Test
    fun `the canonical text follows the declared parts and separator`() {
        val signer = HmacSigner(key, signature.copy(canonical = listOf("timestamp", "method"), separator = "|"), at1700000000) { nonce }
        assertEquals("1700000000|PUT", signer.canonical("put", "/x", 1_700_000_000, nonce, null))
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec("ags_test_secret".toByteArray(), "HmacSHA256"))
        val expected = mac.doFinal("1700000000|PUT".toByteArray()).joinToString("") { "%02x".format(it) }
        assertEquals(expected, signer.sign("PUT", "/x", null)["X-Signature"])
    }

    @Test
    fun `a fresh nonce by default, of the declared length`() {
        val signer = HmacSigner(key, signature.copy(nonceBytes = 24), at1700000000)
        val first = signer.sign("GET", "/a", null).getValue("X-Nonce")
        val second = signer.sign("GET", "/a", null).getValue("X-Nonce")
        assertEquals(48, first.length)
        assertTrue(first.all { it in "0123456789abcdef" })
        assertNotEquals(first, second)
    }

    @Test
    fun `bad signing settings are the SDK's argument error`() {
        assertFailsWith<InvalidArgumentException> { SigningKey("", "s") }
        assertFailsWith<InvalidArgumentException> { SigningKey("id", "") }
        assertFailsWith<InvalidArgumentException> { HmacSigner(key, signature.copy(algorithm = "md5")) }
        assertFailsWith<InvalidArgumentException> { HmacSigner(key, signature.copy(encoding = "hexadecimal")) }
        assertFailsWith<InvalidArgumentException> { HmacSigner(key, signature.copy(canonical = listOf("method", "host"))) }
        assertEquals("/", HmacSigner.target("http://h.test"))
        assertEquals("/a%20b?q=1%2C2", HmacSigner.target("http://h.test/a%20b?q=1%2C2"))
    }

    @Test
    fun `the secret never shows`() {
        assertFalse("ags_test_secret" in key.toString())
        assertFalse("ags_test_secret" in ClientOptions(signingKey = key).toString())
        assertFalse("ags_test_secret" in HmacSigner(key, signature).toString())
    }

    // ------------------------------------------------------------ in a client

    private val signedScheme =
        SecurityScheme(
            "agentSignature",
            SecurityKind.API_KEY,
            location = ParamLocation.HEADER,
            parameterName = "X-Signature",
            signature = signature,
        )
    private val bearer = SecurityScheme("userJwt", SecurityKind.HTTP, scheme = "bearer")

    private val operations =
        listOf(
            Operation(
                "listThings",
                "GET",
                "/things",
                security = listOf(bearer),
                responses =
                    mapOf(
                        "200" to ResponseBody.Json(Any::class.java),
                    ),
            ),
            Operation(
                "postResult",
                "POST",
                "/agent/jobs/{id}/result",
                params = listOf(Param("id", ParamLocation.PATH, required = true), Param("x", ParamLocation.QUERY)),
                requestContentType = "application/json",
                responses = mapOf("200" to ResponseBody.Json(Any::class.java)),
                security = listOf(signedScheme),
                host = "agent",
            ),
            Operation(
                "stream",
                "GET",
                "/agent/stream",
                security = listOf(signedScheme),
                responses = mapOf("200" to ResponseBody.EventStream),
                host = "agent",
            ),
        ).associateBy { it.operationId }

    private fun sdk() =
        SdkInfo(
            "signed-sdk",
            "1.0.0",
            "https://app.example.test/api",
            "",
            hosts =
                mapOf(
                    "agent" to "https://agent.example.test",
                ),
        )

    private fun client(
        options: ClientOptions,
        sleeper: RecordingSleeper = RecordingSleeper(),
    ) = ClientCore(
        options.copy(
            baseUrl = user.url + "/api",
            sleeper = sleeper,
            timeSource = sleeper.timeSource,
            clock = at1700000000,
            jitter = { 1.0 },
        ),
        sdk(),
        operations,
    )

    @Test
    fun `operations go to their host, each signed attempt afresh, beside a bearer token`() =
        runBlocking {
            agent.reply(Reply(503), Reply(200, """{"ok":true}"""))
            user.reply(Reply(200, "[]"))
            val core = client(ClientOptions(token = "tok_owner", signingKey = key, hostBaseUrls = mapOf("agent" to agent.url + "/")))
            val body = mapOf("status" to "success", "exitCode" to 0)
            core.call<Any?>(core.operation("postResult"), mapOf("id" to "job 1"), mapOf("x" to 1), body, null)
            core.call<Any?>(core.operation("listThings"), emptyMap(), emptyMap(), null, null)

            assertEquals(2, agent.requests.size)
            val (first, second) = agent.requests
            assertEquals("/agent/jobs/job%201/result?x=1", first.uri)
            for (seen in agent.requests) {
                assertEquals("agt_1", seen.header("X-Agent-Id"))
                assertEquals("1700000000", seen.header("X-Timestamp"))
                assertNull(seen.header("Authorization"), "the bearer token goes only where the security takes it")
                val expected =
                    HmacSigner(key, signature, at1700000000) { seen.header("X-Nonce")!! }
                        .sign("POST", seen.uri, seen.body.toByteArray())
                assertEquals(expected["X-Signature"], seen.header("X-Signature"))
            }
            assertNotEquals(first.header("X-Nonce"), second.header("X-Nonce"), "every attempt gets a fresh nonce")
            assertEquals(first.header("Idempotency-Key"), second.header("Idempotency-Key"))

            val seen = user.requests.single()
            assertEquals("/api/things", seen.uri)
            assertEquals("Bearer tok_owner", seen.header("Authorization"))
            assertNull(seen.header("X-Signature"))
        }

    @Test
    fun `a stream is signed too, and debug hooks see no signature`() =
        runBlocking {
            agent.reply(Reply(200, "event: job\ndata: {}\n\n", mapOf("Content-Type" to "text/event-stream")))
            val shown = mutableListOf<HttpRequestData>()
            val hook =
                object : DebugHook {
                    override fun onRequest(
                        request: HttpRequestData,
                        attempt: Int,
                    ) {
                        shown += request
                    }

                    override fun onResponse(
                        request: HttpRequestData,
                        response: HttpResponseData,
                    ) {}
                }
            val core = client(ClientOptions(signingKey = key, hostBaseUrls = mapOf("agent" to agent.url), debug = hook))
            val events = core.stream(core.operation("stream"), emptyMap(), emptyMap(), null, null).toList()
            assertEquals("job", events.single().event)
            val seen = agent.requests.single()
            assertEquals(
                HmacSigner(key, signature, at1700000000) { seen.header("X-Nonce")!! }.sign("GET", "/agent/stream", null)["X-Signature"],
                seen.header("X-Signature"),
            )
            assertEquals(Defaults.REDACTED, shown.single().headers.first("X-Signature"))
        }

    @Test
    fun `without a signing key nothing is signed`() =
        runBlocking {
            agent.reply(Reply(401, """{"code":"invalid_signature","message":"no"}"""))
            val core = client(ClientOptions(apiKey = "k", hostBaseUrls = mapOf("agent" to agent.url)))
            assertFailsWith<AuthenticationException> {
                core.call<Any?>(core.operation("postResult"), mapOf("id" to "j"), emptyMap(), emptyMap<String, Any>(), null)
            }
            val seen = agent.requests.single()
            assertNull(seen.header("X-Signature"), "an API key is not a signature")
            assertNull(seen.header("X-Agent-Id"))
        }

    @Test
    fun `host base URLs are checked when the client is built`() {
        val bad = assertFailsWith<InvalidArgumentException> { client(ClientOptions(hostBaseUrls = mapOf("agent" to "ftp://x"))) }
        assertTrue(bad.message!!.startsWith("agentBaseUrl must be an absolute http or https URL"), bad.message)
        val unknown = assertFailsWith<InvalidArgumentException> { client(ClientOptions(hostBaseUrls = mapOf("files" to "https://f.test"))) }
        assertTrue("files" in unknown.message!! && "agent" in unknown.message!!, unknown.message)
        assertEquals("https://agent.example.test", client(ClientOptions(token = "t")).hostBaseUrls["agent"])
        assertEquals("filesUploadBaseUrl", Environment.hostOption("files_upload"))
    }

    @Test
    fun `hosts and the signing key come from the environment, explicit settings winning`() {
        val env =
            mapOf(
                "DEPLITE_AGENT_BASE_URL" to "http://127.0.0.1:9",
                "DEPLITE_SIGNING_KEY_ID" to "agt_env",
                "DEPLITE_SIGNING_SECRET" to "env_secret",
            )
        val read = Environment.apply(ClientOptions(), "DEPLITE", env, hosts = listOf("agent"))
        assertEquals(mapOf("agent" to "http://127.0.0.1:9"), read.hostBaseUrls)
        assertEquals(SigningKey("agt_env", "env_secret"), read.signingKey)
        val given = ClientOptions(signingKey = key, hostBaseUrls = mapOf("agent" to "https://given.test"))
        val kept = Environment.apply(given, "DEPLITE", env, hosts = listOf("agent"))
        assertEquals(given.hostBaseUrls, kept.hostBaseUrls)
        assertEquals(key, kept.signingKey)
        val half =
            assertFailsWith<InvalidArgumentException> {
                Environment.apply(ClientOptions(), "DEPLITE", mapOf("DEPLITE_SIGNING_SECRET" to "s"))
            }
        assertEquals("DEPLITE_SIGNING_SECRET is set but DEPLITE_SIGNING_KEY_ID is not: a signing key needs both", half.message)
        val plain = ClientOptions()
        assertSame(plain, plain.withHostBaseUrls("agent" to null))
    }
}
