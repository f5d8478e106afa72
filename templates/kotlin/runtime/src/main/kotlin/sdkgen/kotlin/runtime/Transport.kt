package sdkgen.kotlin.runtime

import kotlinx.coroutines.suspendCancellableCoroutine
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlin.time.Duration
import kotlin.time.toJavaDuration
import java.time.Duration as JavaDuration

/** HTTP headers in the order they were given; names compare case-insensitively. */
class Headers(
    entries: List<Pair<String, String>> = emptyList(),
) {
    val entries: List<Pair<String, String>> = entries.toList()

    /** The first value of [name], or null. */
    fun first(name: String): String? = entries.firstOrNull { it.first.equals(name, ignoreCase = true) }?.second

    /** Every value of [name]. */
    fun all(name: String): List<String> = entries.filter { it.first.equals(name, ignoreCase = true) }.map { it.second }

    operator fun contains(name: String): Boolean = entries.any { it.first.equals(name, ignoreCase = true) }

    /** A copy with [name] set to [value], replacing any earlier values of it. */
    fun with(
        name: String,
        value: String,
    ): Headers =
        Headers(
            entries.filterNot { it.first.equals(name, ignoreCase = true) } + (name to value),
        )

    /** Lower-cased names to their values. */
    fun toMap(): Map<String, List<String>> = entries.groupBy({ it.first.lowercase() }, { it.second })

    override fun equals(other: Any?): Boolean = other is Headers && other.entries == entries

    override fun hashCode(): Int = entries.hashCode()

    override fun toString(): String = entries.joinToString(", ", "Headers(", ")") { "${it.first}: ${it.second}" }

    companion object {
        fun of(vararg entries: Pair<String, String>): Headers = Headers(entries.toList())
    }
}

/** One attempt of a request as it goes on the wire: what a [RequestSigner] and a [DebugHook] see. */
data class HttpRequestData(
    val method: String,
    val url: String,
    val headers: Headers,
    val body: ByteArray?,
) {
    /** The body as UTF-8 text (for debugging). */
    val bodyText: String? get() = body?.toString(Charsets.UTF_8)

    override fun equals(other: Any?): Boolean =
        other is HttpRequestData &&
            other.method == method &&
            other.url == url &&
            other.headers == headers &&
            other.body.contentEquals(body)

    override fun hashCode(): Int = listOf(method, url, headers, body?.contentHashCode()).hashCode()
}

/** A response as it came: status, headers and the whole body. */
data class HttpResponseData(
    val status: Int,
    val headers: Headers,
    val body: ByteArray,
) {
    val text: String get() = body.toString(Charsets.UTF_8)

    override fun equals(other: Any?): Boolean =
        other is HttpResponseData && other.status == status && other.headers == headers && other.body.contentEquals(body)

    override fun hashCode(): Int = listOf(status, headers, body.contentHashCode()).hashCode()
}

/**
 * Sends one attempt. Replace it to route requests through anything; to configure the JDK client
 * (proxy, TLS, executor), pass your own [HttpClient] to [JdkHttpTransport] instead.
 *
 * A transport throws [java.io.IOException] when no response arrives; the client retries those.
 * It must not follow redirects. When the calling coroutine is cancelled, the exchange must stop.
 */
fun interface HttpTransport {
    suspend fun send(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpResponseData
}

/** The default transport, over `java.net.http.HttpClient`: cancelling the coroutine aborts the exchange. */
class JdkHttpTransport(
    val client: HttpClient =
        HttpClient
            .newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(JavaDuration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS))
            .build(),
) : HttpTransport {
    override suspend fun send(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpResponseData {
        val builder = HttpRequest.newBuilder(URI.create(request.url))
        val publisher = request.body?.let { HttpRequest.BodyPublishers.ofByteArray(it) } ?: HttpRequest.BodyPublishers.noBody()
        builder.method(request.method, publisher)
        if (timeout != null && timeout.isPositive() && timeout.isFinite()) builder.timeout(timeout.toJavaDuration())
        for ((name, value) in request.headers.entries) {
            if (name.lowercase() !in RESTRICTED_HEADERS) builder.header(name, value)
        }
        val response = client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray()).awaitOrAbort()
        val headers = response.headers().map().flatMap { (name, values) -> values.map { name to it } }
        return HttpResponseData(response.statusCode(), Headers(headers), response.body() ?: ByteArray(0))
    }

    private companion object {
        const val DEFAULT_CONNECT_TIMEOUT_SECONDS = 30L

        // The JDK sets these itself and refuses them from callers.
        val RESTRICTED_HEADERS = setOf("connection", "content-length", "expect", "host", "upgrade")
    }
}

/**
 * Await the exchange; when the coroutine is cancelled, cancel the future with
 * `mayInterruptIfRunning = true`, which is what makes the JDK client abort the exchange and
 * close its connection (`await()` from kotlinx-coroutines cancels with `false`, which does not).
 */
private suspend fun <T> CompletableFuture<T>.awaitOrAbort(): T =
    suspendCancellableCoroutine { continuation ->
        whenComplete { value, error ->
            if (error == null) {
                continuation.resume(value)
            } else {
                continuation.resumeWithException((error as? CompletionException)?.cause ?: error)
            }
        }
        continuation.invokeOnCancellation { cancel(true) }
    }
