package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import java.util.Base64
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

private val BEARER = SecurityScheme("bearer", SecurityKind.HTTP, scheme = "bearer")
private val BASIC = SecurityScheme("basic", SecurityKind.HTTP, scheme = "basic")
private val HEADER_KEY = SecurityScheme("headerKey", SecurityKind.API_KEY, location = ParamLocation.HEADER, parameterName = "X-Key")
private val QUERY_KEY = SecurityScheme("queryKey", SecurityKind.API_KEY, location = ParamLocation.QUERY, parameterName = "api_key")
private val COOKIE_KEY = SecurityScheme("cookieKey", SecurityKind.API_KEY, location = ParamLocation.COOKIE, parameterName = "sid")
private val OAUTH = SecurityScheme("oauth", SecurityKind.OAUTH2, tokenUrl = "/oauth/token")

private fun secured(
    id: String,
    security: List<SecurityScheme>?,
    vararg params: Param,
) = Operation(
    id,
    "GET",
    "/$id",
    params = params.toList(),
    responses = mapOf("200" to ResponseBody.Json(Map::class.java)),
    security = security,
)

private val SECURED: Map<String, Operation> =
    listOf(
        secured("bearer", listOf(BEARER)),
        secured("basic", listOf(BASIC)),
        secured("headerKey", listOf(HEADER_KEY)),
        secured("queryKey", listOf(QUERY_KEY), Param("q", ParamLocation.QUERY)),
        secured("cookieKey", listOf(COOKIE_KEY), Param("theme", ParamLocation.COOKIE)),
        secured("oauth", listOf(OAUTH)),
        secured("either", listOf(BASIC, HEADER_KEY)),
        secured("public", emptyList()),
        secured("unspecified", null),
    ).associateBy { it.operationId }

private class SecuredClient(
    options: ClientOptions,
) : SdkClient(ClientCore(options, SdkInfo("secured-sdk", "1.0.0", "https://api.secured.test"), SECURED))

class SecurityTest {
    private val server = TestServer()
    private val sleeper = RecordingSleeper()

    @AfterEach
    fun stop() = server.close()

    private fun client(change: ClientOptions.() -> ClientOptions = { this }) =
        SecuredClient(testOptions(server, sleeper).copy(maxRetries = 0).change())

    private fun basic(
        user: String,
        password: String,
    ) = "Basic " + Base64.getEncoder().encodeToString("$user:$password".toByteArray())

    private val api get() = server.requests.filter { it.path != "/oauth/token" }
    private val tokenRequests get() = server.requests.filter { it.path == "/oauth/token" }

    /** The token endpoint hands out `t1`, `t2`, ... (each valid [expiresIn] seconds); the API accepts anything. */
    private fun serve(
        expiresIn: Int? = 3600,
        api: (Seen) -> Reply = { Reply(200, "{}") },
    ) {
        var issued = 0
        server.responder = { seen ->
            if (seen.path == "/oauth/token") {
                issued++
                val expiry = expiresIn?.let { ""","expires_in":$it""" } ?: ""
                Reply(200, """{"access_token":"t$issued","token_type":"bearer"$expiry}""")
            } else {
                api(seen)
            }
        }
    }

    @Test
    fun `http basic sends the user and password, and no other credential`() =
        runBlocking<Unit> {
            serve()
            client { copy(username = "ann", password = "pä:ss", token = "tok", apiKey = "key") }.request("basic")
            val seen = api.single()
            assertEquals(basic("ann", "pä:ss"), seen.header("Authorization"))
            assertNull(seen.header("X-Key"))
        }

    @Test
    fun `an api key goes in the header, the query or the cookie the scheme names`() =
        runBlocking<Unit> {
            serve()
            val client = client { copy(apiKey = "k 1", token = "tok") }
            client.request("headerKey")
            client.request("queryKey", query = mapOf("q" to "x"))
            client.request("cookieKey", query = mapOf("theme" to "dark"))
            val (header, query, cookie) = api
            assertEquals("k 1", header.header("X-Key"))
            assertNull(header.header("Authorization"))
            assertEquals("q=x&api_key=k%201", query.query)
            assertNull(query.header("X-Key"))
            assertEquals("theme=dark; sid=k 1", cookie.header("Cookie"))
        }

    @Test
    fun `every credential the client has that the operation accepts is sent`() =
        runBlocking<Unit> {
            serve()
            client { copy(username = "u", password = "p", apiKey = "k") }.request("either")
            assertEquals(basic("u", "p"), api.single().header("Authorization"))
            assertEquals("k", api.single().header("X-Key"))
        }

    @Test
    fun `an operation without security sends nothing, and a spec without schemes sends the token`() =
        runBlocking<Unit> {
            serve()
            val client = client { copy(token = "tok", username = "u", password = "p", apiKey = "k", clientId = "id", clientSecret = "s") }
            client.request("public")
            client.request("unspecified")
            val (public, unspecified) = api
            assertNull(public.header("Authorization"))
            assertNull(public.header("X-Key"))
            assertNull(public.header("Cookie"))
            assertEquals("", public.query)
            assertEquals("Bearer tok", unspecified.header("Authorization"))
            assertTrue(tokenRequests.isEmpty())
        }

    @Test
    fun `a bearer scheme sends the token, and an oauth2 scheme without client credentials does too`() =
        runBlocking<Unit> {
            serve()
            client { copy(token = "tok") }.request("bearer")
            client { copy(token = "tok") }.request("oauth")
            assertEquals(listOf("Bearer tok", "Bearer tok"), api.map { it.header("Authorization") })
            assertTrue(tokenRequests.isEmpty())
        }

    @Test
    fun `client credentials fetch a token once and reuse it`() =
        runBlocking<Unit> {
            serve()
            val client = client { copy(clientId = "my id", clientSecret = "s3cr3t", scopes = listOf("read", "write")) }
            client.request("oauth")
            client.request("oauth")
            assertEquals(listOf("Bearer t1", "Bearer t1"), api.map { it.header("Authorization") })
            val fetch = tokenRequests.single()
            assertEquals("POST", fetch.method)
            assertEquals("grant_type=client_credentials&scope=read+write", fetch.body)
            assertEquals("application/x-www-form-urlencoded", fetch.header("Content-Type"))
            assertEquals("application/json", fetch.header("Accept"))
            assertEquals(basic("my+id", "s3cr3t"), fetch.header("Authorization"))
        }

    @Test
    fun `concurrent calls share one token fetch`() =
        runBlocking<Unit> {
            serve()
            val client = client { copy(clientId = "id", clientSecret = "secret") }
            (1..8).map { async { client.request("oauth") } }.awaitAll()
            assertEquals(1, tokenRequests.size)
            assertEquals(8, api.count { it.header("Authorization") == "Bearer t1" })
        }

    @Test
    fun `a token is fetched again once it expires, less a margin`() =
        runBlocking<Unit> {
            serve(expiresIn = 100)
            val client = client { copy(clientId = "id", clientSecret = "secret") }
            client.request("oauth")
            sleeper.timeSource += 69.seconds
            client.request("oauth")
            sleeper.timeSource += 2.seconds // 71 s: within 30 s of the end
            client.request("oauth")
            assertEquals(listOf("Bearer t1", "Bearer t1", "Bearer t2"), api.map { it.header("Authorization") })
        }

    @Test
    fun `a 401 from the API fetches a new token and sends the call once more`() =
        runBlocking<Unit> {
            serve { seen -> if (seen.header("Authorization") == "Bearer t1") Reply(401, """{"message":"expired"}""") else Reply(200, "{}") }
            val client = client { copy(clientId = "id", clientSecret = "secret") }
            client.request("oauth")
            assertEquals(listOf("Bearer t1", "Bearer t2"), api.map { it.header("Authorization") })
            assertEquals(2, tokenRequests.size)
        }

    @Test
    fun `a 401 with a fresh token as well is the caller's error`() =
        runBlocking<Unit> {
            serve { Reply(401, """{"message":"no"}""") }
            val client = client { copy(clientId = "id", clientSecret = "secret") }
            assertFailsWith<AuthenticationException> { client.request("oauth") }
            assertEquals(2, api.size, "sent once more, not again and again")
        }

    @Test
    fun `a token endpoint error is an authentication error that names no secret`() =
        runBlocking<Unit> {
            server.responder = { Reply(400, """{"error":"invalid_client"}""") }
            val client = client { copy(clientId = "id", clientSecret = "s3cr3t") }
            val error = assertFailsWith<AuthenticationException> { client.request("oauth") }
            assertEquals(400, error.status)
            assertTrue("token request failed" in error.message!!, error.message)
            assertTrue("invalid_client" in error.message!!, error.message)
            assertFalse("s3cr3t" in error.toString())
            assertTrue(api.isEmpty())
        }

    @Test
    fun `every token endpoint failure is an authentication error with its status and code, and no body or secret`() =
        runBlocking<Unit> {
            // status, body, content type -> the error's code and the end of its message
            val cases =
                listOf(
                    Triple(400, """{"error":"invalid_client","error_description":"client authentication failed"}""", "application/json") to
                        ("invalid_client" to "client authentication failed"),
                    Triple(401, """{"error":"invalid_client"}""", "application/json") to ("invalid_client" to "invalid_client"),
                    Triple(500, "upstream broke", "text/plain") to (null to "Internal Server Error"),
                    Triple(200, """{"token_type":"bearer"}""", "application/json") to (null to "the answer has no access_token"),
                    Triple(200, "<html>not json</html>", "text/html") to (null to "the answer has no access_token"),
                )
            val secret = "s3cr3t-value"
            val encoded = Base64.getEncoder().encodeToString("id:$secret".toByteArray())
            for ((answer, expected) in cases) {
                val (status, body, type) = answer
                val (code, reason) = expected
                server.responder = { Reply(status, body, mapOf("Content-Type" to type)) }
                val client = client { copy(clientId = "id", clientSecret = secret) }
                val error = assertFailsWith<AuthenticationException> { client.request("oauth") }
                val message = error.message!!
                assertEquals(status, error.status, message)
                assertEquals(code, error.code, message)
                assertNull(error.body, message)
                assertTrue(message.endsWith("the token request failed: $reason"), message)
                for (text in listOf(message, error.toString())) {
                    assertFalse(secret in text, text)
                    assertFalse(encoded in text, text)
                }
            }
            assertTrue(api.isEmpty(), "no API call is sent without a token")
        }

    @Test
    fun `a token endpoint that does not answer in time is a timeout`() =
        runBlocking<Unit> {
            server.responder = { Reply(200, """{"access_token":"late"}""", delayMillis = 10_000) }
            val client = client { copy(clientId = "id", clientSecret = "s3cr3t", timeout = 200.milliseconds) }
            val error = assertFailsWith<ApiTimeoutException> { client.request("oauth") }
            assertTrue("the token request timed out" in error.message!!, error.message)
            assertFalse("s3cr3t" in error.toString())
        }

    @Test
    fun `an unreachable token endpoint is a connection error`() =
        runBlocking<Unit> {
            val client = client { copy(clientId = "id", clientSecret = "secret", tokenUrl = "http://127.0.0.1:1/token") }
            val error = assertFailsWith<ApiConnectionException> { client.request("oauth") }
            assertTrue("token request failed" in error.message!!, error.message)
        }

    @Test
    fun `debug hooks and error messages see no credential`() =
        runBlocking<Unit> {
            val seen = mutableListOf<HttpRequestData>()
            val bodies = mutableListOf<String>()
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
                        bodies += response.text
                    }
                }
            serve { Reply(404, """{"message":"gone"}""") }
            val client = client { copy(apiKey = "k3y", clientId = "id", clientSecret = "s3cr3t", debug = hook) }
            val error = assertFailsWith<NotFoundException> { client.request("queryKey") }
            assertFailsWith<NotFoundException> { client.request("headerKey") }
            assertFailsWith<NotFoundException> { client.request("oauth") }
            val shown = seen.joinToString { "${it.url} ${it.headers} ${it.bodyText}" } + bodies + error.message
            for (secret in listOf("k3y", "s3cr3t", "Bearer t1", "access_token")) assertFalse(secret in shown, "$secret in $shown")
            assertTrue("api_key=${Defaults.REDACTED}" in error.message!!, error.message)
        }

    @Test
    fun `options never print a secret`() {
        val text = ClientOptions(password = "pw1", apiKey = "key1", clientSecret = "cs1", token = "tk1").toString()
        for (secret in listOf("pw1", "key1", "cs1", "tk1")) assertFalse(secret in text, text)
    }
}
