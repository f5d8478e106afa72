package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.delay
import java.time.Clock
import kotlin.random.Random
import kotlin.time.Duration
import kotlin.time.TimeSource

/** Signs each attempt just before it is sent (e.g. adds `X-Timestamp`, `X-Nonce`, `X-Signature`). */
fun interface RequestSigner {
    fun sign(request: HttpRequestData): HttpRequestData
}

/**
 * Sees every response and (when [onRequest] is overridden) every attempt, with `Authorization` and
 * other secrets redacted. A lambda is one: `DebugHook { request, response -> println(response.status) }`.
 */
fun interface DebugHook {
    fun onResponse(
        request: HttpRequestData,
        response: HttpResponseData,
    )

    fun onRequest(
        request: HttpRequestData,
        attempt: Int,
    ) {}
}

/** Waits between retries and polls; replaced in tests to record delays instead of waiting. */
fun interface Sleeper {
    suspend fun sleep(duration: Duration)
}

/**
 * Settings of a client. Every one has a default; change them with named arguments:
 * `AxHubClient(ClientOptions(token = "...", maxRetries = 5))`, or per copy with
 * `client.withOptions { copy(timeout = 10.seconds) }`.
 *
 * - [baseUrl]: the server; the spec's first server by default.
 * - [token]: sent as `Authorization: Bearer <token>`; [tenantId] as `X-Tenant-ID`.
 * - Other credentials, each sent only to operations whose security schemes take it:
 *   [username] and [password] (HTTP basic), [apiKey] (every API key scheme: header, query or
 *   cookie), and [clientId] with [clientSecret] for OAuth2 client credentials: the client fetches
 *   a token from the scheme's token URL (or [tokenUrl]) for [scopes], caches it until it expires
 *   and fetches another when the API answers 401.
 * - [timeout]: per attempt; [Duration.INFINITE] for none. [maxRetries]: retries after the first attempt.
 * - [headers]: sent with every request. [signer]: signs every attempt.
 * - [signingKey]: the key id and secret for the operations whose security scheme is a request
 *   signature (the spec's `x-sdkgen-signature`): each of their attempts is signed with a fresh
 *   timestamp and nonce ([HmacSigner]). A bearer [token] and a signing key coexist.
 * - [hostBaseUrls]: the base URL of each named host of the API (operations the spec sends to
 *   another server than [baseUrl]), by its key (`"agent"`); the generated client names them.
 * - [transport]: sends the requests; a [JdkHttpTransport] by default (pass one over your own
 *   `java.net.http.HttpClient` for a proxy or TLS settings).
 * - [debug]: sees redacted requests and responses.
 * - [sleeper], [timeSource], [clock], [jitter]: time and randomness, replaceable for tests.
 */
data class ClientOptions(
    val baseUrl: String? = null,
    val token: String? = null,
    val tenantId: String? = null,
    val timeout: Duration = Defaults.TIMEOUT,
    val maxRetries: Int = Defaults.MAX_RETRIES,
    val headers: Map<String, String> = emptyMap(),
    val signer: RequestSigner? = null,
    val transport: HttpTransport? = null,
    val debug: DebugHook? = null,
    val sleeper: Sleeper = Sleeper { delay(it) },
    val timeSource: TimeSource = TimeSource.Monotonic,
    val clock: Clock = Clock.systemUTC(),
    val jitter: () -> Double = { Random.nextDouble() },
    val username: String? = null,
    val password: String? = null,
    val apiKey: String? = null,
    val clientId: String? = null,
    val clientSecret: String? = null,
    val tokenUrl: String? = null,
    val scopes: List<String> = emptyList(),
    val signingKey: SigningKey? = null,
    val hostBaseUrls: Map<String, String> = emptyMap(),
) {
    /** A copy with the host base URLs given (a null leaves that host as it is). */
    fun withHostBaseUrls(vararg urls: Pair<String, String?>): ClientOptions {
        val given = urls.mapNotNull { (key, url) -> url?.let { key to it } }
        return if (given.isEmpty()) this else copy(hostBaseUrls = hostBaseUrls + given)
    }

    override fun toString(): String =
        "ClientOptions(baseUrl=$baseUrl, token=${token?.let { Defaults.REDACTED }}, tenantId=$tenantId, " +
            "timeout=$timeout, maxRetries=$maxRetries, username=$username, password=${password?.let { Defaults.REDACTED }}, " +
            "apiKey=${apiKey?.let { Defaults.REDACTED }}, clientId=$clientId, " +
            "clientSecret=${clientSecret?.let { Defaults.REDACTED }}, tokenUrl=$tokenUrl, scopes=$scopes, " +
            "signingKey=$signingKey, hostBaseUrls=$hostBaseUrls)"
}

/**
 * Overrides for one call; anything left null falls back to the client's settings.
 *
 * - [timeout]: per attempt ([Duration.INFINITE] for none). [maxRetries]: 0 turns retries off.
 * - [headers]: extra headers, over the client's.
 * - [idempotencyKey]: sent as `Idempotency-Key` (and makes the call retryable); by default the
 *   client makes one for every POST while retries are on, the same for all its retries.
 * - [extraQuery]: extra query parameters, over the call's own.
 */
data class RequestOptions(
    val timeout: Duration? = null,
    val maxRetries: Int? = null,
    val headers: Map<String, String> = emptyMap(),
    val idempotencyKey: String? = null,
    val extraQuery: Map<String, Any?> = emptyMap(),
)

/** Name, version and default server of a generated SDK. */
data class SdkInfo(
    val name: String,
    val version: String,
    val defaultBaseUrl: String,
    /** The prefix of the environment variables the client reads (`AXHUB` for `AXHUB_TOKEN`); empty: none. */
    val envPrefix: String = "",
    /** The API's named hosts (key to default base URL), each read from `<PREFIX>_<KEY>_BASE_URL` when not given. */
    val hosts: Map<String, String> = emptyMap(),
)
