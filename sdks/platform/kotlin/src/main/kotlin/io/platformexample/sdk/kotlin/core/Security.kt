package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.core.JacksonException
import com.fasterxml.jackson.databind.JsonNode
import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import java.io.IOException
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpTimeoutException
import java.util.Base64
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds
import kotlin.time.TimeMark

/** The kinds of security scheme an OpenAPI document declares. */
enum class SecurityKind { HTTP, API_KEY, OAUTH2, OPEN_ID_CONNECT, MUTUAL_TLS }

/**
 * One way the API accepts credentials, as the spec's `securitySchemes` declares it.
 *
 * - [SecurityKind.HTTP]: [scheme] `bearer` (the client's `token`) or `basic` (`username` and `password`).
 * - [SecurityKind.API_KEY]: the client's `apiKey` in [location] (header, query or cookie) under [parameterName].
 * - [SecurityKind.OAUTH2], [SecurityKind.OPEN_ID_CONNECT]: an access token sent as a bearer token: the
 *   client's `token`, or for OAuth2 with `clientId` and `clientSecret` one the client fetches from
 *   [tokenUrl] (the client credentials grant).
 * - [SecurityKind.MUTUAL_TLS]: nothing is sent; give the transport an `HttpClient` with the certificates.
 */
data class SecurityScheme(
    val name: String,
    val kind: SecurityKind,
    val scheme: String = "",
    val location: ParamLocation? = null,
    val parameterName: String = "",
    val tokenUrl: String = "",
    /** Set when the scheme is a request signature the client computes with its `signingKey`. */
    val signature: Signature? = null,
)

/** The credentials one request carries; [tokenUrl] set means a fetched OAuth2 token is still to be added. */
internal class Authorization(
    val headers: List<Pair<String, String>>,
    val query: List<Pair<String, String>>,
    val cookies: List<Pair<String, String>>,
    val tokenUrl: String?,
    val signature: Signature? = null,
) {
    /** Header and query names whose values are secrets (redacted for debug hooks and errors). */
    val secretHeaders: Set<String> = headers.map { it.first.lowercase() }.toSet()
    val secretQuery: Set<String> = query.map { it.first }.toSet()
}

internal object Auth {
    /**
     * What [security] (the schemes an operation accepts) asks of a request, from the credentials in
     * [options]. Every scheme the client has a credential for is applied; when several would set
     * `Authorization`, the first one the operation lists wins. Null (the spec declares no schemes at
     * all) sends the `token` as a bearer token, as before security schemes were read.
     */
    fun plan(
        security: List<SecurityScheme>?,
        options: ClientOptions,
        baseUrl: String,
    ): Authorization {
        val headers = mutableListOf<Pair<String, String>>()
        val query = mutableListOf<Pair<String, String>>()
        val cookies = mutableListOf<Pair<String, String>>()
        var authorization: String? = null
        var tokenUrl: String? = null
        if (security == null) {
            bearer(options)?.let { authorization = "Bearer $it" }
        }
        var signature: Signature? = null
        for (scheme in security.orEmpty()) {
            if (scheme.signature != null) {
                // signed per attempt, once the final URL and body are known (see ClientCore)
                if (signature == null && options.signingKey != null) signature = scheme.signature
                continue
            }
            if (scheme.kind == SecurityKind.API_KEY) {
                val key = options.apiKey ?: continue
                if (scheme.parameterName.isEmpty()) continue
                when (scheme.location) {
                    ParamLocation.QUERY -> query += scheme.parameterName to key
                    ParamLocation.COOKIE -> cookies += scheme.parameterName to key
                    else -> headers += scheme.parameterName to key
                }
                continue
            }
            if (authorization != null || tokenUrl != null) continue
            when (scheme.kind) {
                SecurityKind.HTTP ->
                    when (scheme.scheme.lowercase()) {
                        "basic" ->
                            if (options.username != null && options.password != null) {
                                authorization = basic(options.username, options.password)
                            }
                        "bearer" -> bearer(options)?.let { authorization = "Bearer $it" }
                    }
                SecurityKind.OAUTH2, SecurityKind.OPEN_ID_CONNECT ->
                    if (scheme.kind == SecurityKind.OAUTH2 && options.clientId != null && options.clientSecret != null) {
                        val url =
                            (options.tokenUrl ?: scheme.tokenUrl).ifEmpty {
                                throw InvalidArgumentException("security scheme '${scheme.name}' names no token URL: pass tokenUrl")
                            }
                        tokenUrl = resolve(baseUrl, url)
                    } else {
                        bearer(options)?.let { authorization = "Bearer $it" } // an access token obtained elsewhere
                    }
                else -> Unit
            }
        }
        authorization?.let { headers.add(0, "Authorization" to it) }
        return Authorization(headers, query, cookies, tokenUrl, signature)
    }

    /** The bearer token to send: an empty one (a client built without credentials on purpose) is none. */
    private fun bearer(options: ClientOptions): String? = options.token?.takeIf { it.isNotEmpty() }

    /**
     * Refuse a client that could make no call: every operation of the SDK requires credentials and
     * none is given (nor found in the environment). An explicit empty `token` means "none, on
     * purpose" (e.g. a server that takes requests without credentials).
     */
    fun requireCredentials(
        options: ClientOptions,
        sdk: SdkInfo,
        operations: Collection<Operation>,
    ) {
        if (operations.isEmpty() || operations.any { it.security.isNullOrEmpty() }) return
        val given =
            options.token != null ||
                options.apiKey != null ||
                (options.username != null && options.password != null) ||
                (options.clientId != null && options.clientSecret != null) ||
                options.signingKey != null
        if (given) return
        val env = if (sdk.envPrefix.isEmpty()) "" else " (or set ${sdk.envPrefix}_TOKEN)"
        throw InvalidArgumentException(
            "${sdk.name}: every operation needs credentials and the client has none: pass ClientOptions(token = ...)$env; " +
                "token = \"\" builds a client without credentials on purpose",
        )
    }

    /** `Basic base64(user:password)`, UTF-8. */
    fun basic(
        user: String,
        password: String,
    ): String = "Basic " + Base64.getEncoder().encodeToString("$user:$password".toByteArray(Charsets.UTF_8))

    private fun resolve(
        baseUrl: String,
        url: String,
    ): String = if (URI(url).isAbsolute) url else URI("$baseUrl/").resolve(url.removePrefix("/")).toString()
}

/**
 * OAuth2 client-credentials tokens, one per token URL, cached until `expires_in` (less a margin)
 * has passed. Concurrent calls wait for one fetch and share its token (a [Mutex]).
 */
internal class TokenSource(
    private val options: ClientOptions,
    private val transport: HttpTransport,
) {
    private class Cached(
        val token: String,
        val expiresAt: TimeMark?,
    )

    private val mutex = Mutex()
    private val cache = mutableMapOf<String, Cached>()

    /** Whether this source fetches with the same credentials as [other] would (so copies may share it). */
    fun sameCredentials(other: ClientOptions): Boolean =
        other.clientId == options.clientId &&
            other.clientSecret == options.clientSecret &&
            other.scopes == options.scopes

    /**
     * A valid token for [url]: the cached one unless it expired or is [rejected] (the API just
     * answered 401 to it), else a new one.
     */
    suspend fun token(
        url: String,
        operationId: String,
        rejected: String? = null,
    ): String =
        mutex.withLock {
            val cached = cache[url]
            if (cached != null && cached.token != rejected && cached.expiresAt?.hasPassedNow() != true) {
                return cached.token
            }
            val fresh = fetch(url, operationId)
            cache[url] = fresh
            fresh.token
        }

    private suspend fun fetch(
        url: String,
        operationId: String,
    ): Cached {
        val form = mutableListOf("grant_type" to "client_credentials")
        if (options.scopes.isNotEmpty()) form += "scope" to options.scopes.joinToString(" ")
        val body = form.joinToString("&") { (name, value) -> "${encode(name)}=${encode(value)}" }
        // RFC 6749 section 2.3.1: the id and secret are form-encoded, then sent with HTTP Basic.
        val headers =
            Headers.of(
                "Accept" to "application/json",
                "Content-Type" to "application/x-www-form-urlencoded",
                "Authorization" to Auth.basic(encode(options.clientId.orEmpty()), encode(options.clientSecret.orEmpty())),
            )
        val request = HttpRequestData("POST", url, headers, body.toByteArray(Charsets.UTF_8))
        Debug.request(options.debug, request, 1)
        val response =
            try {
                transport.send(request, options.timeout.takeIf { it.isFinite() })
            } catch (error: IOException) {
                // the request's Authorization holds the secret: no message repeats the request
                val text = error.message ?: error::class.java.simpleName
                throw if (error is HttpTimeoutException) {
                    ApiTimeoutException("the token request timed out: $text", operationId, "POST", url, error)
                } else {
                    ApiConnectionException("the token request failed: $text", operationId, "POST", url, error)
                }
            }
        // the answer carries the token: the hook sees its status and headers only
        Debug.response(options.debug, request, response.copy(body = Defaults.REDACTED.toByteArray()))
        val tree =
            try {
                Json.mapper.readTree(response.body)?.takeIf { it.isObject }
            } catch (_: JacksonException) {
                null
            }
        if (response.status !in 200..299) {
            // RFC 6749 section 5.2: `error` is the code, `error_description` says what went wrong
            val code = text(tree, "error")
            val description = text(tree, "error_description")
            throw failure(response, url, operationId, code, description ?: code ?: statusText(response.status))
        }
        val token = tree?.get("access_token")?.takeIf { it.isTextual && it.asText().isNotEmpty() }?.asText()
        if (token == null) throw failure(response, url, operationId, null, "the answer has no access_token")
        val expiresIn =
            tree
                .get("expires_in")
                ?.takeIf { it.isNumber || it.isTextual }
                ?.asText()
                ?.toDoubleOrNull()
                ?.takeIf { it.isFinite() }
        val lifetime: Duration? = expiresIn?.let { maxOf(Duration.ZERO, it.seconds - EXPIRY_MARGIN) }
        return Cached(token, lifetime?.let { options.timeSource.markNow() + it })
    }

    /** The token endpoint's answer as an error: its status and `error` code, never its body (it may hold secrets). */
    private fun failure(
        response: HttpResponseData,
        url: String,
        operationId: String,
        code: String?,
        reason: String,
    ): AuthenticationException =
        AuthenticationException(
            ErrorDetails(
                status = response.status,
                code = code,
                message = "the token request failed: $reason",
                retryAfter = null,
                body = null,
                headers = response.headers,
                operationId = operationId,
                method = "POST",
                url = url,
            ),
        )

    private fun encode(text: String): String = URLEncoder.encode(text, Charsets.UTF_8)

    /** The non-empty string at [name] in [tree], or null. */
    private fun text(
        tree: JsonNode?,
        name: String,
    ): String? {
        val node = tree?.get(name) ?: return null
        return if (node.isTextual && node.asText().isNotEmpty()) node.asText() else null
    }

    /** The reason phrase of [status] (the JDK client does not pass on the server's). */
    private fun statusText(status: Int): String =
        STATUS_TEXTS[status] ?: when (status / 100) {
            4 -> "client error $status"
            5 -> "server error $status"
            else -> "status $status"
        }

    private companion object {
        /** A token is refreshed this long before the server says it expires. */
        val EXPIRY_MARGIN = 30.seconds

        val STATUS_TEXTS =
            mapOf(
                400 to "Bad Request",
                401 to "Unauthorized",
                403 to "Forbidden",
                404 to "Not Found",
                405 to "Method Not Allowed",
                408 to "Request Timeout",
                409 to "Conflict",
                415 to "Unsupported Media Type",
                422 to "Unprocessable Entity",
                429 to "Too Many Requests",
                500 to "Internal Server Error",
                501 to "Not Implemented",
                502 to "Bad Gateway",
                503 to "Service Unavailable",
                504 to "Gateway Timeout",
            )
    }
}
