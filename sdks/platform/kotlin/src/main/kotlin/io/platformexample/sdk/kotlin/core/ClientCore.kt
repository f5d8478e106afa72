package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.core.JacksonException
import com.fasterxml.jackson.core.exc.StreamReadException
import com.fasterxml.jackson.databind.JsonNode
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.catch
import kotlinx.coroutines.flow.emitAll
import kotlinx.coroutines.flow.flow
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.net.http.HttpTimeoutException
import java.util.UUID
import java.util.concurrent.atomic.AtomicBoolean
import kotlin.time.Duration

/**
 * One call, ready to send: every attempt of it is built from this, unchanged. [tokenUrl] names
 * the OAuth2 token endpoint whose token still has to be added; [secretHeaders] and [secretQuery]
 * name the credentials that debug hooks and error messages must not show.
 */
internal data class PreparedRequest(
    val operation: Operation,
    val method: String,
    val url: String,
    val headers: Headers,
    val body: ByteArray?,
    val timeout: Duration,
    val maxRetries: Int,
    val retryable: Boolean,
    val tokenUrl: String? = null,
    val secretHeaders: Set<String> = emptySet(),
    val secretQuery: Set<String> = emptySet(),
    val signer: HmacSigner? = null,
) {
    /** [request] as debug hooks and error messages may show it: credentials redacted. */
    fun shown(request: HttpRequestData): HttpRequestData =
        if (secretHeaders.isEmpty() && secretQuery.isEmpty()) {
            request
        } else {
            request.copy(
                url = Debug.redactQuery(request.url, secretQuery),
                headers =
                    Headers(
                        request.headers.entries.map { (name, value) ->
                            name to if (name.lowercase() in secretHeaders) Defaults.REDACTED else value
                        },
                    ),
            )
        }
}

/** What one attempt received: the response, and for a stream that started, its body still to read. */
internal class Received(
    val response: HttpResponseData,
    val stream: Flow<ByteArray>? = null,
)

/** The result of a call: what it returns, and the JSON tree it came from (for paging and waiting). */
internal class Outcome(
    val value: Any?,
    val tree: JsonNode?,
)

/**
 * The engine under every generated client: builds requests, sends them with retries, reads
 * responses into results or errors, and runs pagination, waiters and tails. Generated code
 * only describes operations ([Operation]) and hands them here.
 */
class ClientCore internal constructor(
    val options: ClientOptions,
    val sdk: SdkInfo,
    val operations: Map<String, Operation>,
    private val transport: HttpTransport,
    tokens: TokenSource? = null,
    private val closed: AtomicBoolean = AtomicBoolean(false),
) {
    /** A client's engine: settings [options] leaves unset come from the environment ([Environment.apply]). */
    constructor(options: ClientOptions, sdk: SdkInfo, operations: Map<String, Operation>) :
        this(
            Environment.apply(options, sdk.envPrefix, hosts = sdk.hosts.keys),
            sdk,
            operations,
            options.transport ?: JdkHttpTransport(),
        )

    private val tokens: TokenSource = tokens ?: TokenSource(options, transport)

    val baseUrl: String = (options.baseUrl ?: sdk.defaultBaseUrl).trimEnd('/')

    private val userAgent =
        "${sdk.name}/${sdk.version} kotlin/${KotlinVersion.CURRENT} " +
            "jvm/${System.getProperty("java.version")}"

    /** The base URL of each named host of the API (see [SdkInfo.hosts]): given, from the environment, or the default. */
    val hostBaseUrls: Map<String, String> =
        sdk.hosts.mapValues { (key, default) -> (options.hostBaseUrls[key] ?: default).trimEnd('/') }

    init {
        if (baseUrl.isEmpty()) throw InvalidArgumentException("${sdk.name}: baseUrl is required (the spec names no server)")
        Environment.check(options, options.baseUrl ?: sdk.defaultBaseUrl)
        val unknown = options.hostBaseUrls.keys - sdk.hosts.keys
        if (unknown.isNotEmpty()) {
            val known = if (sdk.hosts.isEmpty()) "it has none" else "it has ${sdk.hosts.keys.joinToString(", ")}"
            throw InvalidArgumentException("hostBaseUrls names hosts ${sdk.name} does not have: ${unknown.joinToString(", ")} ($known)")
        }
        for ((key, url) in hostBaseUrls) Environment.checkBaseUrl(Environment.hostOption(key), options.hostBaseUrls[key] ?: url)
        // malformed settings first, then whether the client could make any call at all
        Auth.requireCredentials(options, sdk, operations.values)
    }

    /** The base URL [operation] is sent to: its host's, or [baseUrl]. */
    fun baseUrlOf(operation: Operation): String =
        if (operation.host.isEmpty()) {
            baseUrl
        } else {
            hostBaseUrls[operation.host]
                ?: throw InvalidArgumentException(
                    "${operation.operationId} is sent to host '${operation.host}', which ${sdk.name} does not name",
                )
        }

    /** Whether [close] was called (on this engine or a copy of it): calls are then refused. */
    val isClosed: Boolean get() = closed.get()

    /** Refuse every later call with [ClientClosedException]; close the transport when it is [AutoCloseable]. */
    fun close() {
        if (!closed.getAndSet(true)) (options.transport as? AutoCloseable)?.close()
    }

    /** A copy with other settings, sharing this one's transport unless [changed] names another. */
    fun withOptions(changed: ClientOptions): ClientCore {
        val sending = changed.transport ?: transport
        // a copy with the same OAuth2 credentials and transport keeps using the tokens fetched so far
        val shared = tokens.takeIf { sending === transport && it.sameCredentials(changed) }
        return ClientCore(changed, sdk, operations, sending, shared, closed)
    }

    /** The operation called [operationId], or a clear error naming close matches. */
    fun operation(operationId: String): Operation =
        operations[operationId] ?: run {
            val close =
                operations.keys
                    .filter { similar(it, operationId) }
                    .sorted()
                    .take(3)
            val hint = if (close.isEmpty()) "" else "; did you mean ${close.joinToString(", ") { "'$it'" }}?"
            throw InvalidArgumentException("unknown operationId '$operationId'$hint")
        }

    private fun similar(
        a: String,
        b: String,
    ): Boolean =
        a.equals(b, ignoreCase = true) ||
            a.contains(b, ignoreCase = true) ||
            b.contains(a, ignoreCase = true)

    // ------------------------------------------------------------ calls

    /** Call [operation] and return its result, typed as the generated method declares. */
    suspend fun <T> call(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
    ): T {
        @Suppress("UNCHECKED_CAST")
        return execute(operation, pathParams, query, body, options, keepTree = false).value as T
    }

    /** Call [operation] and return the response as it came (errors are not thrown: see [RawResponse.parsed]). */
    suspend fun raw(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
    ): RawResponse {
        val prepared = prepare(operation, pathParams, query, body, options)
        val (request, response) = send(prepared)
        return RawResponse(operation, request, response) { parse(prepared, request, response).value }
    }

    internal suspend fun execute(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
        keepTree: Boolean = true,
    ): Outcome {
        val prepared = prepare(operation, pathParams, query, body, options)
        val (request, response) = send(prepared)
        return parse(prepared, request, response, keepTree)
    }

    /**
     * Call an operation that answers with `text/event-stream`: its events, each as it arrives.
     * The flow is cold: every collection sends the request. Retries apply until the response
     * headers arrive, never after; an error status throws the usual [ApiStatusException].
     * Cancelling the collector aborts the exchange.
     */
    fun stream(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
    ): Flow<ServerSentEvent> =
        flow {
            val prepared = prepare(operation, pathParams, query, body, options, accept = "text/event-stream")
            val (request, received) = exchange(prepared, streaming = true)
            val response = received.response
            val stream = received.stream
            if (response.status !in 200..299 || stream == null) {
                throw Responses.error(operation, prepared.shown(request), response, this@ClientCore.options.clock)
            }
            val events =
                ServerSentEventParser.parse(stream).catch { error ->
                    if (error !is IOException) throw error
                    val text = error.message ?: error::class.java.simpleName
                    val shown = prepared.shown(request)
                    throw ApiConnectionException("the event stream broke: $text", operation.operationId, shown.method, shown.url, error)
                }
            emitAll(events)
        }

    // ------------------------------------------------------------ building

    internal fun prepare(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
        accept: String = "application/json",
    ): PreparedRequest {
        if (closed.get()) throw ClientClosedException("${sdk.name}: the client is closed; ${operation.operationId} was not sent")
        val call = options ?: RequestOptions()
        Environment.check(call)
        val path = Encoding.renderPath(operation, pathParams)
        val routed = Encoding.route(operation, query + call.extraQuery)
        val encoded = Encoding.body(operation, body)
        val base = baseUrlOf(operation)
        val auth = Auth.plan(operation.security, this.options, base)
        val headers = HeaderList()
        headers.set("Accept", accept)
        headers.set("User-Agent", userAgent)
        for ((name, value) in this.options.headers) headers.set(name, value)
        for ((name, value) in auth.headers) headers.set(name, value)
        this.options.tenantId?.let { headers.set(Defaults.TENANT_HEADER, it) }
        for ((name, value) in routed.headers) headers.set(name, value)
        if (routed.cookies.isNotEmpty() || auth.cookies.isNotEmpty()) {
            val cookies = (routed.cookies + auth.cookies).joinToString("; ") { "${it.first}=${it.second}" }
            headers.set("Cookie", headers.first("Cookie")?.let { "$it; $cookies" } ?: cookies)
        }
        for ((name, value) in call.headers) headers.set(name, value)
        encoded?.let { headers.set("Content-Type", it.second) }
        val maxRetries = call.maxRetries ?: this.options.maxRetries
        if (maxRetries < 0) throw InvalidArgumentException("maxRetries must be >= 0, got $maxRetries")
        if (call.idempotencyKey != null) {
            headers.set(Defaults.IDEMPOTENCY_HEADER, call.idempotencyKey)
        } else if (operation.method in Defaults.AUTO_IDEMPOTENCY_METHODS && maxRetries > 0) {
            // once per call, kept on retries; a key given in the headers is used as it is
            if (headers.first(Defaults.IDEMPOTENCY_HEADER) == null) headers.set(Defaults.IDEMPOTENCY_HEADER, UUID.randomUUID().toString())
        }
        val finalHeaders = headers.toHeaders()
        val queryString = if (auth.query.isEmpty()) Encoding.queryString(routed.query) else Encoding.queryString(routed.query + auth.query)
        return PreparedRequest(
            operation = operation,
            method = operation.method,
            url = base + path + if (queryString.isEmpty()) "" else "?$queryString",
            headers = finalHeaders,
            body = encoded?.first,
            timeout = call.timeout ?: this.options.timeout,
            maxRetries = maxRetries,
            retryable = Retry.isRetryable(operation.method, finalHeaders),
            tokenUrl = auth.tokenUrl,
            secretHeaders =
                auth.secretHeaders +
                    listOfNotNull(auth.tokenUrl?.let { "authorization" }, auth.signature?.signatureHeader?.lowercase()),
            secretQuery = auth.secretQuery,
            signer = auth.signature?.let { signature -> this.options.signingKey?.let { HmacSigner(it, signature, this.options.clock) } },
        )
    }

    // ------------------------------------------------------------ sending

    /** Send with retries (see [exchange]) and read the whole response. */
    internal suspend fun send(prepared: PreparedRequest): Pair<HttpRequestData, HttpResponseData> {
        val (request, received) = exchange(prepared, streaming = false)
        return request to received.response
    }

    /**
     * Send with retries, adding a fetched OAuth2 token when the operation takes one: when the API
     * answers 401 to it, a new token is fetched and the call is sent once more.
     */
    private suspend fun exchange(
        prepared: PreparedRequest,
        streaming: Boolean,
    ): Pair<HttpRequestData, Received> {
        val exchanged = authorized(prepared, streaming)
        currentCoroutineContext()[ResponseCapture]?.let { capture ->
            val (request, received) = exchanged
            capture.last =
                RawResponse(prepared.operation, prepared.shown(request), received.response) {
                    parse(prepared, request, received.response).value
                }
        }
        return exchanged
    }

    private suspend fun authorized(
        prepared: PreparedRequest,
        streaming: Boolean,
    ): Pair<HttpRequestData, Received> {
        val tokenUrl = prepared.tokenUrl ?: return attempts(prepared, streaming)
        val id = prepared.operation.operationId
        val token = tokens.token(tokenUrl, id)
        val first = attempts(prepared.copy(headers = prepared.headers.with("Authorization", "Bearer $token")), streaming)
        if (first.second.response.status != 401) return first // (a 401 is read whole, never left streaming)
        val fresh = tokens.token(tokenUrl, id, rejected = token)
        return attempts(prepared.copy(headers = prepared.headers.with("Authorization", "Bearer $fresh")), streaming)
    }

    /**
     * Send with retries: transport errors and retryable statuses, for requests that may be
     * repeated. A stream is retried only until its response headers arrive.
     */
    private suspend fun attempts(
        prepared: PreparedRequest,
        streaming: Boolean,
    ): Pair<HttpRequestData, Received> {
        var retry = 0
        while (true) {
            var request = HttpRequestData(prepared.method, prepared.url, prepared.headers, prepared.body)
            options.signer?.let { request = it.sign(request) }
            // a fresh timestamp and nonce for every attempt, over the URL and body as sent
            prepared.signer?.let { request = it.sign(request) }
            val watched = Debug.watching(options.debug)
            if (watched) Debug.request(options.debug, prepared.shown(request), retry + 1)
            val canRetry = prepared.retryable && retry < prepared.maxRetries
            val received: Received
            try {
                received = attempt(request, prepared.timeout, streaming)
            } catch (error: IOException) {
                if (canRetry) {
                    options.sleeper.sleep(Retry.backoff(retry, options.jitter))
                    retry++
                    continue
                }
                throw transportError(prepared, error, retry + 1)
            }
            val response = received.response
            if (watched) Debug.response(options.debug, prepared.shown(request), response)
            if (canRetry && Retry.shouldRetry(response.status)) {
                val retryAfter = Retry.retryAfter(response.headers, options.clock) ?: Responses.details(response).retryAfter
                options.sleeper.sleep(Retry.delay(retry, retryAfter, options.jitter))
                retry++
                continue
            }
            return request to received
        }
    }

    private suspend fun attempt(
        request: HttpRequestData,
        timeout: Duration,
        streaming: Boolean,
    ): Received {
        if (timeout.isInfinite()) return receive(request, null, streaming)
        return Deadlines.within(timeout) { receive(request, timeout, streaming) }
            ?: throw HttpTimeoutException("no response within $timeout")
    }

    /** One attempt; a stream's body is left to read only when the status is 2xx (any other is read whole). */
    private suspend fun receive(
        request: HttpRequestData,
        timeout: Duration?,
        streaming: Boolean,
    ): Received {
        if (!streaming) return Received(transport.send(request, timeout))
        val response = transport.stream(request, timeout)
        if (response.status in 200..299) {
            return Received(HttpResponseData(response.status, response.headers, ByteArray(0)), response.body)
        }
        val body = ByteArrayOutputStream()
        response.body.collect { body.write(it) }
        return Received(HttpResponseData(response.status, response.headers, body.toByteArray()))
    }

    private fun transportError(
        prepared: PreparedRequest,
        error: IOException,
        attempts: Int,
    ): ApiConnectionException {
        val tries = if (attempts > 1) " (after $attempts attempts)" else ""
        val text = error.message ?: error::class.java.simpleName
        val id = prepared.operation.operationId
        val url = Debug.redactQuery(prepared.url, prepared.secretQuery)
        return if (error is HttpTimeoutException) {
            ApiTimeoutException("request timed out$tries: $text", id, prepared.method, url, error)
        } else {
            ApiConnectionException("connection failed$tries: $text", id, prepared.method, url, error)
        }
    }

    // ------------------------------------------------------------ reading

    /**
     * The result of a response, or its error. With [keepTree] the JSON tree is kept as well (for
     * paging and waiting); without it a JSON body is decoded straight from its bytes.
     */
    internal fun parse(
        prepared: PreparedRequest,
        request: HttpRequestData,
        response: HttpResponseData,
        keepTree: Boolean = true,
    ): Outcome {
        val operation = prepared.operation
        val status = response.status
        if (status in 300..399) return Outcome(RedirectResult(status, response.headers.first("location") ?: ""), null)
        if (status !in 200..299) throw Responses.error(operation, prepared.shown(request), response, options.clock)
        val declared = operation.responseFor(status)
        if (status == 204 || response.body.all { it.toInt().toChar().isWhitespace() }) {
            if (declared is ResponseBody.Json) {
                // the method promises a model: an empty body cannot be one
                throw ResponseDecodeException(
                    status,
                    response.text,
                    operation.operationId,
                    "$status response has no body, but ${declared.type.typeName} was declared",
                )
            }
            return Outcome(EmptyResult, null)
        }
        if (declared == ResponseBody.Binary) return Outcome(response.body, null)
        if (declared == ResponseBody.Text || declared == ResponseBody.EventStream) return Outcome(response.text, null)
        val contentType = response.headers.first("content-type") ?: ""
        if (!Responses.isJson(contentType)) {
            return Outcome(if (contentType.startsWith("application/octet")) response.body else response.text, null)
        }
        val type = if (declared is ResponseBody.Json) declared.type else Any::class.java
        val tree =
            try {
                if (keepTree) Json.mapper.readTree(response.body) else null
            } catch (error: JacksonException) {
                throw notJson(status, response, operation, error)
            }
        return try {
            Outcome(if (tree == null) Json.decode(response.body, type) else Json.decode(tree, type), tree)
        } catch (error: StreamReadException) {
            throw notJson(status, response, operation, error)
        } catch (error: JacksonException) {
            throw ResponseDecodeException(
                status,
                response.text,
                operation.operationId,
                "$status response does not match ${type.typeName}: ${error.originalMessage}",
                error,
            )
        } catch (error: IllegalArgumentException) {
            throw ResponseDecodeException(status, response.text, operation.operationId, "$status response: ${error.message}", error)
        }
    }

    private fun notJson(
        status: Int,
        response: HttpResponseData,
        operation: Operation,
        error: JacksonException,
    ) = ResponseDecodeException(
        status,
        response.text,
        operation.operationId,
        "$status response is not valid JSON (${error.originalMessage})",
        error,
    )

    // ------------------------------------------------------------ helpers over calls

    /** Every item of a paginated operation across all pages, fetched as the collector needs them. */
    fun <T> iterate(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        options: RequestOptions?,
    ): Flow<T> {
        val pagination = operation.pagination ?: throw InvalidArgumentException("${operation.operationId} is not paginated")
        return flow {
            var current: Map<String, Any?>? = query
            var url: String? = null // the next page's URL (the URL styles), null for the first page
            var seen = 0L
            while (current != null) {
                var prepared = prepare(operation, pathParams, current, null, options)
                url?.let { prepared = follow(prepared, it) }
                val (request, response) = send(prepared)
                val page = parse(prepared, request, response).tree
                val items = Paging.items(page, pagination)
                seen += items.size
                for (item in items) {
                    @Suppress("UNCHECKED_CAST")
                    emit(Json.decode<Any?>(item, pagination.itemType) as T)
                }
                if (Paging.followsUrl(pagination)) {
                    val link =
                        response.headers
                            .all("Link")
                            .takeIf { it.isNotEmpty() }
                            ?.joinToString(", ")
                    url = Paging.nextUrl(pagination, current, page, items, seen, url ?: prepared.url, link)
                    if (url == null) current = null
                } else {
                    current = Paging.nextQuery(pagination, current, page, items, seen)
                }
            }
        }
    }

    /**
     * The request for a next-page URL the API gave: [prepared] sent to [url] with that URL's own
     * query, plus the API keys [prepared] carries in its query unless [url] has them. Only on the
     * base URL's origin: elsewhere no credentials go, and nothing is sent.
     */
    internal fun follow(
        prepared: PreparedRequest,
        url: String,
    ): PreparedRequest {
        val base = baseUrlOf(prepared.operation)
        if (!Paging.sameOrigin(url, base)) {
            throw InvalidArgumentException(
                "${prepared.operation.operationId}: the next page is at ${Debug.redactQuery(url, prepared.secretQuery)}, " +
                    "not on $base; not following it with this client's credentials",
            )
        }
        val given = queryPairs(url).map { it.first }.toSet()
        val keys = queryPairs(prepared.url).filter { it.first in prepared.secretQuery && it.first !in given }
        if (keys.isEmpty()) return prepared.copy(url = url)
        return prepared.copy(url = url + (if ('?' in url) "&" else "?") + Encoding.queryString(keys))
    }

    private fun queryPairs(url: String): List<Pair<String, String>> {
        val query = url.substringAfter('?', "")
        if (query.isEmpty()) return emptyList()
        return query.split('&').map { pair ->
            val decode = { text: String ->
                try {
                    java.net.URLDecoder.decode(text, Charsets.UTF_8)
                } catch (e: IllegalArgumentException) {
                    text
                }
            }
            decode(pair.substringBefore('=')) to decode(pair.substringAfter('=', ""))
        }
    }

    /** Poll until the operation's waiter field is terminal; return that last result. */
    suspend fun <T> wait(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        timeout: Duration,
        interval: Duration,
        options: RequestOptions?,
    ): T {
        val waiter = operation.waiter ?: throw InvalidArgumentException("${operation.operationId} has no waiter")
        if (timeout.isNegative() || interval.isNegative()) {
            throw InvalidArgumentException("wait: timeout and interval must be >= 0 (got $timeout, $interval)")
        }
        val started = this.options.timeSource.markNow()
        while (true) {
            val outcome = execute(operation, pathParams, query, null, options)
            val state = outcome.tree?.get(waiter.field)?.let { if (it.isValueNode) it.asText() else it.toString() }
            if (state in waiter.terminal) {
                @Suppress("UNCHECKED_CAST")
                return outcome.value as T
            }
            val remaining = timeout - started.elapsedNow()
            if (!remaining.isPositive()) {
                throw WaiterTimeoutException(
                    "${operation.operationId}: ${waiter.field} is still ${state?.let { "'$it'" } ?: "absent"} after $timeout " +
                        "(waiting for ${waiter.terminal.joinToString(", ")})",
                    outcome.value,
                    state,
                    operation.operationId,
                )
            }
            this.options.sleeper.sleep(minOf(interval, remaining))
        }
    }

    /**
     * Follow new items of an operation with a tail: poll with the tail parameter and the last
     * cursor, every [interval] when there is nothing more at once, for as long as the flow is
     * collected (or [maxPolls] requests).
     */
    fun <T> tail(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        interval: Duration,
        maxPolls: Int?,
        options: RequestOptions?,
    ): Flow<T> {
        val tail = operation.tail ?: throw InvalidArgumentException("${operation.operationId} cannot be tailed")
        val pagination = operation.pagination ?: throw InvalidArgumentException("${operation.operationId} has no cursor to follow")
        if (interval.isNegative()) throw InvalidArgumentException("tail: interval must be >= 0 (got $interval)")
        return flow {
            var current = query + (tail.param to tail.value)
            val limit = pagination.sizeParam?.let { Paging.asLong(current[it]) }
            var polls = 0
            while (maxPolls == null || polls < maxPolls) {
                val page = execute(operation, pathParams, current, null, options).tree
                polls++
                val items = Paging.items(page, pagination)
                for (item in items) {
                    @Suppress("UNCHECKED_CAST")
                    emit(Json.decode<Any?>(item, pagination.itemType) as T)
                }
                val cursor =
                    Paging
                        .at(page, pagination.next)
                        ?.takeIf { it.isValueNode && !it.isNull }
                        ?.asText()
                val param = pagination.param
                if (!cursor.isNullOrEmpty() && param != null) current = current + (param to cursor)
                val more =
                    items.isNotEmpty() &&
                        (Paging.hasMore(page, pagination) == true || (limit != null && limit in 1..items.size.toLong()))
                if (!more && (maxPolls == null || polls < maxPolls)) this@ClientCore.options.sleeper.sleep(interval)
            }
        }
    }
}
