package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.test.assertTrue

class CredentialsTest {
    private val server = TestServer()

    @AfterEach
    fun stop() = server.close()

    private val bearer = SecurityScheme("bearer", SecurityKind.HTTP, scheme = "bearer")
    private val secured =
        mapOf("getThing" to Operation("getThing", "GET", "/things/1", security = listOf(bearer), responses = mapOf("200" to json<Thing>())))
    private val sdk = SdkInfo("secure-sdk", "1.0.0", "https://api.secure.test", "SECURE")

    @Test
    fun `a client of an API whose every operation needs credentials is refused without any`() {
        val error = assertFailsWith<InvalidArgumentException> { ClientCore(testOptions(server), sdk, secured) }
        assertTrue("needs credentials" in error.message!! && "SECURE_TOKEN" in error.message!!, error.message)
        for (options in listOf(
            ClientOptions(token = "t"),
            ClientOptions(apiKey = "k"),
            ClientOptions(username = "u", password = "p"),
            ClientOptions(clientId = "i", clientSecret = "s"),
            ClientOptions(signingKey = SigningKey("id", "secret")),
        )) {
            ClientCore(options.copy(baseUrl = server.url), sdk, secured)
        }
        val half = testOptions(server).copy(username = "u")
        assertFailsWith<InvalidArgumentException> { ClientCore(half, sdk, secured) }
    }

    @Test
    fun `an explicit empty token builds a client that sends no credentials`() =
        runBlocking<Unit> {
            server.reply(Reply(200, """{"id":"t1","status":"done","created_at":null,"kind":"thing"}"""))
            val core = ClientCore(testOptions(server).copy(token = ""), sdk, secured)
            core.call<Thing>(core.operation("getThing"), emptyMap(), emptyMap(), null, null)
            assertNull(server.requests.single().header("Authorization"))
        }

    @Test
    fun `an API with a public operation, or without security, builds without credentials`() {
        val open = secured + ("ping" to Operation("ping", "GET", "/ping", security = emptyList()))
        assertEquals(2, ClientCore(testOptions(server), sdk, open).operations.size)
        val undeclared = mapOf("ping" to Operation("ping", "GET", "/ping"))
        assertEquals(1, ClientCore(testOptions(server), sdk, undeclared).operations.size)
    }
}
