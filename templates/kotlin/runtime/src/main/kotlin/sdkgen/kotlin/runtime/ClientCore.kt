package sdkgen.kotlin.runtime

import com.fasterxml.jackson.core.JacksonException
import com.fasterxml.jackson.databind.JsonNode
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.withTimeoutOrNull
import java.io.IOException
import java.net.http.HttpTimeoutException
import java.util.UUID
import kotlin.time.Duration

/** One call, ready to send: every attempt of it is built from this, unchanged. */
internal data class PreparedRequest(
    val operation: Operation,
    val method: String,
    val url: String,
    val headers: Headers,
    val body: ByteArray?,
    val timeout: Duration,
    val maxRetries: Int,
    val retryable: Boolean,
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
) {
    constructor(options: ClientOptions, sdk: SdkInfo, operations: Map<String, Operation>) :
        this(options, sdk, operations, options.transport ?: JdkHttpTransport())

    val baseUrl: String = (options.baseUrl ?: sdk.defaultBaseUrl).trimEnd('/')

    private val userAgent =
        "${sdk.name}/${sdk.version} kotlin/${KotlinVersion.CURRENT} " +
            "jvm/${System.getProperty("java.version")}"

    init {
        if (baseUrl.isEmpty()) throw InvalidArgumentException("${sdk.name}: baseUrl is required (the spec names no server)")
        if (options.maxRetries < 0) throw InvalidArgumentException("maxRetries must be >= 0, got ${options.maxRetries}")
    }

    /** A copy with other settings, sharing this one's transport unless [changed] names another. */
    fun withOptions(changed: ClientOptions): ClientCore = ClientCore(changed, sdk, operations, changed.transport ?: transport)

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
        return execute(operation, pathParams, query, body, options).value as T
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
        return RawResponse(operation, request, response) { parse(operation, request, response).value }
    }

    internal suspend fun execute(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
    ): Outcome {
        val prepared = prepare(operation, pathParams, query, body, options)
        val (request, response) = send(prepared)
        return parse(operation, request, response)
    }

    // ------------------------------------------------------------ building

    internal fun prepare(
        operation: Operation,
        pathParams: Map<String, Any?>,
        query: Map<String, Any?>,
        body: Any?,
        options: RequestOptions?,
    ): PreparedRequest {
        val call = options ?: RequestOptions()
        val path = Encoding.renderPath(operation, pathParams)
        val routed = Encoding.route(operation, query + call.extraQuery)
        val encoded = Encoding.body(operation, body)
        val entries = mutableListOf("Accept" to "application/json", "User-Agent" to userAgent)
        var headers = Headers(entries)
        for ((name, value) in this.options.headers) headers = headers.with(name, value)
        this.options.token?.let { headers = headers.with("Authorization", "Bearer $it") }
        this.options.tenantId?.let { headers = headers.with(Defaults.TENANT_HEADER, it) }
        for ((name, value) in routed.headers) headers = headers.with(name, value)
        if (routed.cookies.isNotEmpty()) {
            val cookies = routed.cookies.joinToString("; ") { "${it.first}=${it.second}" }
            headers = headers.with("Cookie", headers.first("Cookie")?.let { "$it; $cookies" } ?: cookies)
        }
        for ((name, value) in call.headers) headers = headers.with(name, value)
        encoded?.let { headers = headers.with("Content-Type", it.second) }
        val maxRetries = call.maxRetries ?: this.options.maxRetries
        if (maxRetries < 0) throw InvalidArgumentException("maxRetries must be >= 0, got $maxRetries")
        if (call.idempotencyKey != null) {
            headers = headers.with(Defaults.IDEMPOTENCY_HEADER, call.idempotencyKey)
        } else if (operation.method in Defaults.AUTO_IDEMPOTENCY_METHODS && maxRetries > 0 && Defaults.IDEMPOTENCY_HEADER !in headers) {
            headers = headers.with(Defaults.IDEMPOTENCY_HEADER, UUID.randomUUID().toString()) // once per call, kept on retries
        }
        val queryString = Encoding.queryString(routed.query)
        return PreparedRequest(
            operation = operation,
            method = operation.method,
            url = baseUrl + path + if (queryString.isEmpty()) "" else "?$queryString",
            headers = headers,
            body = encoded?.first,
            timeout = call.timeout ?: this.options.timeout,
            maxRetries = maxRetries,
            retryable = Retry.isRetryable(operation.method, headers),
        )
    }

    // ------------------------------------------------------------ sending

    /** Send with retries: transport errors and retryable statuses, for requests that may be repeated. */
    internal suspend fun send(prepared: PreparedRequest): Pair<HttpRequestData, HttpResponseData> {
        var retry = 0
        while (true) {
            var request = HttpRequestData(prepared.method, prepared.url, prepared.headers, prepared.body)
            options.signer?.let { request = it.sign(request) }
            Debug.request(options.debug, request, retry + 1)
            val canRetry = prepared.retryable && retry < prepared.maxRetries
            val response: HttpResponseData
            try {
                response = attempt(request, prepared.timeout)
            } catch (error: IOException) {
                if (canRetry) {
                    options.sleeper.sleep(Retry.backoff(retry, options.jitter))
                    retry++
                    continue
                }
                throw transportError(prepared, error, retry + 1)
            }
            Debug.response(options.debug, request, response)
            if (canRetry && Retry.shouldRetry(response.status)) {
                val retryAfter = Retry.retryAfter(response.headers, options.clock) ?: Responses.details(response).retryAfter
                options.sleeper.sleep(Retry.delay(retry, retryAfter, options.jitter))
                retry++
                continue
            }
            return request to response
        }
    }

    private suspend fun attempt(
        request: HttpRequestData,
        timeout: Duration,
    ): HttpResponseData {
        if (timeout.isInfinite()) return transport.send(request, null)
        return withTimeoutOrNull(timeout) { transport.send(request, timeout) }
            ?: throw HttpTimeoutException("no response within $timeout")
    }

    private fun transportError(
        prepared: PreparedRequest,
        error: IOException,
        attempts: Int,
    ): ApiConnectionException {
        val tries = if (attempts > 1) " (after $attempts attempts)" else ""
        val text = error.message ?: error::class.java.simpleName
        val id = prepared.operation.operationId
        return if (error is HttpTimeoutException) {
            ApiTimeoutException("request timed out$tries: $text", id, prepared.method, prepared.url, error)
        } else {
            ApiConnectionException("connection failed$tries: $text", id, prepared.method, prepared.url, error)
        }
    }

    // ------------------------------------------------------------ reading

    internal fun parse(
        operation: Operation,
        request: HttpRequestData,
        response: HttpResponseData,
    ): Outcome {
        val status = response.status
        if (status in 300..399) return Outcome(RedirectResult(status, response.headers.first("location") ?: ""), null)
        if (status !in 200..299) throw Responses.error(operation, request, response, options.clock)
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
        if (declared == ResponseBody.Text) return Outcome(response.text, null)
        val contentType = response.headers.first("content-type") ?: ""
        if (!Responses.isJson(contentType)) {
            return Outcome(if (contentType.startsWith("application/octet")) response.body else response.text, null)
        }
        val tree =
            try {
                Json.mapper.readTree(response.body)
            } catch (error: JacksonException) {
                throw ResponseDecodeException(
                    status,
                    response.text,
                    operation.operationId,
                    "$status response is not valid JSON (${error.originalMessage})",
                    error,
                )
            }
        if (declared !is ResponseBody.Json) return Outcome(Json.plain(tree), tree)
        return try {
            Outcome(Json.decode(tree, declared.type), tree)
        } catch (error: JacksonException) {
            throw ResponseDecodeException(
                status,
                response.text,
                operation.operationId,
                "$status response does not match ${declared.type.typeName}: ${error.originalMessage}",
                error,
            )
        } catch (error: IllegalArgumentException) {
            throw ResponseDecodeException(status, response.text, operation.operationId, "$status response: ${error.message}", error)
        }
    }

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
            while (current != null) {
                val page = execute(operation, pathParams, current, null, options).tree
                val items = Paging.items(page, pagination)
                for (item in items) {
                    @Suppress("UNCHECKED_CAST")
                    emit(Json.decode<Any?>(item, pagination.itemType) as T)
                }
                current = Paging.nextQuery(pagination, current, page, items.size)
            }
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
            val limit = pagination.limitParam?.let { Paging.asLong(current[it]) }
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
                    pagination.nextCursor
                        ?.let { page?.get(it) }
                        ?.takeIf { it.isValueNode && !it.isNull }
                        ?.asText()
                if (!cursor.isNullOrEmpty() && pagination.cursorParam != null) current = current + (pagination.cursorParam to cursor)
                val more =
                    items.isNotEmpty() &&
                        (Paging.hasMore(page, pagination) == true || (limit != null && limit in 1..items.size.toLong()))
                if (!more && (maxPolls == null || polls < maxPolls)) this@ClientCore.options.sleeper.sleep(interval)
            }
        }
    }
}
