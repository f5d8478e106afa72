package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.flow.flowOf
import kotlinx.coroutines.runInterruptible
import kotlinx.coroutines.suspendCancellableCoroutine
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.ByteBuffer
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CompletionException
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlin.time.Duration
import kotlin.time.toJavaDuration
import java.time.Duration as JavaDuration
import java.util.concurrent.Flow as JavaFlow

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

/** Headers being put together for one request: setting a name replaces its earlier values. */
internal class HeaderList {
    private val entries = ArrayList<Pair<String, String>>(INITIAL_CAPACITY)

    fun set(
        name: String,
        value: String,
    ) {
        entries.removeAll { it.first.equals(name, ignoreCase = true) }
        entries.add(name to value)
    }

    fun first(name: String): String? = entries.firstOrNull { it.first.equals(name, ignoreCase = true) }?.second

    fun toHeaders(): Headers = Headers(entries)

    private companion object {
        const val INITIAL_CAPACITY = 8
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
 * A response whose body is read as it arrives (a `text/event-stream`): [body] gives the bytes in
 * the pieces they came in and may be collected once; stopping early ends the exchange.
 */
class HttpStreamResponse(
    val status: Int,
    val headers: Headers,
    val body: Flow<ByteArray>,
)

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

    /**
     * Send, returning once the response headers are in, with the body still to be read (for
     * server-sent events). By default the whole response from [send], as one piece.
     */
    suspend fun stream(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpStreamResponse {
        val response = send(request, timeout)
        return HttpStreamResponse(response.status, response.headers, flowOf(response.body))
    }
}

/**
 * The default transport, over `java.net.http.HttpClient`: cancelling the coroutine aborts the exchange.
 *
 * The client it makes by default runs the JDK client's internal steps on the thread that sets them
 * off instead of handing each to a pool: the request is written by the (IO) thread that sends it,
 * and the answer is read and collected by the client's selector thread, which then wakes the
 * sender. For API calls that is one thread switch each way instead of three, the largest part of
 * what a call costs besides the network. The selector thread then also decrypts TLS for every
 * exchange of the client; for many large downloads at once, pass a client of your own, whose
 * default executor is a pool.
 */
class JdkHttpTransport(
    val client: HttpClient = defaultClient(),
) : HttpTransport {
    /**
     * A blocking `send` on [Dispatchers.IO]: far cheaper per call than `sendAsync` (whose answer
     * hops through the common pool before the coroutine resumes). Cancelling the coroutine
     * interrupts the waiting thread, and the JDK client then cancels the exchange.
     */
    override suspend fun send(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpResponseData {
        val built = build(request, timeout)
        val response = runInterruptible(Dispatchers.IO) { client.send(built, HttpResponse.BodyHandlers.ofByteArray()) }
        return HttpResponseData(response.statusCode(), headersOf(response), response.body() ?: ByteArray(0))
    }

    /** The timeout covers the wait for the response headers; the body then flows for as long as it lasts. */
    override suspend fun stream(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpStreamResponse {
        val response = client.sendAsync(build(request, timeout), HttpResponse.BodyHandlers.ofPublisher()).awaitOrAbort()
        return HttpStreamResponse(response.statusCode(), headersOf(response), response.body().chunks())
    }

    private fun build(
        request: HttpRequestData,
        timeout: Duration?,
    ): HttpRequest {
        val builder = HttpRequest.newBuilder(URI.create(request.url))
        val publisher = request.body?.let { HttpRequest.BodyPublishers.ofByteArray(it) } ?: HttpRequest.BodyPublishers.noBody()
        builder.method(request.method, publisher)
        if (timeout != null && timeout.isPositive() && timeout.isFinite()) builder.timeout(timeout.toJavaDuration())
        for ((name, value) in request.headers.entries) {
            if (name.lowercase() !in RESTRICTED_HEADERS) builder.header(name, value)
        }
        return builder.build()
    }

    private fun headersOf(response: HttpResponse<*>): Headers {
        val entries = ArrayList<Pair<String, String>>()
        for ((name, values) in response.headers().map()) {
            for (value in values) entries.add(name to value)
        }
        return Headers(entries)
    }

    companion object {
        private const val DEFAULT_CONNECT_TIMEOUT_SECONDS = 30L

        /** The client [JdkHttpTransport] uses unless given one (see the class comment). */
        fun defaultClient(): HttpClient =
            HttpClient
                .newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(JavaDuration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS))
                .executor(Runnable::run)
                .build()

        // The JDK sets these itself and refuses them from callers.
        private val RESTRICTED_HEADERS = setOf("connection", "content-length", "expect", "host", "upgrade")
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

/**
 * The body publisher of the JDK client as a flow of byte pieces, one piece requested at a time.
 * When the collector stops (done, failed or cancelled) the subscription is cancelled, which makes
 * the JDK client abort the exchange.
 */
private fun JavaFlow.Publisher<List<ByteBuffer>>.chunks(): Flow<ByteArray> =
    flow {
        val pieces = Channel<List<ByteBuffer>>(Channel.UNLIMITED)
        val subscribed = CompletableDeferred<JavaFlow.Subscription>()
        subscribe(
            object : JavaFlow.Subscriber<List<ByteBuffer>> {
                override fun onSubscribe(subscription: JavaFlow.Subscription) {
                    subscribed.complete(subscription)
                    subscription.request(1)
                }

                override fun onNext(item: List<ByteBuffer>) {
                    pieces.trySend(item)
                }

                override fun onError(throwable: Throwable) {
                    pieces.close(throwable)
                }

                override fun onComplete() {
                    pieces.close()
                }
            },
        )
        val subscription = subscribed.await()
        try {
            for (buffers in pieces) {
                for (buffer in buffers) {
                    val bytes = ByteArray(buffer.remaining())
                    buffer.get(bytes)
                    if (bytes.isNotEmpty()) emit(bytes)
                }
                subscription.request(1)
            }
        } finally {
            subscription.cancel()
        }
    }
