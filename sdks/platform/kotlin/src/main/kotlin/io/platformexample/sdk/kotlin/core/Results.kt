package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.databind.JsonNode
import kotlinx.coroutines.withContext
import kotlin.coroutines.AbstractCoroutineContextElement
import kotlin.coroutines.CoroutineContext

/** What a call returns for a 2xx without a body (e.g. 204): an empty map. */
object EmptyResult : Map<String, Any?> by emptyMap() {
    override fun toString(): String = "{}"

    override fun equals(other: Any?): Boolean = other is Map<*, *> && other.isEmpty()

    override fun hashCode(): Int = 0
}

/** What a call returns for a 3xx: the redirect is never followed. */
data class RedirectResult(
    val status: Int,
    val location: String,
) {
    /** `{"status": 302, "location": "..."}`. */
    fun toMap(): Map<String, Any> = mapOf("status" to status, "location" to location)
}

/** The response of one call as it came; [parsed] gives what the call would have returned (or throws its error). */
class RawResponse internal constructor(
    val operation: Operation,
    val request: HttpRequestData,
    val response: HttpResponseData,
    private val parse: () -> Any?,
) {
    val status: Int get() = response.status
    val headers: Headers get() = response.headers
    val body: ByteArray get() = response.body
    val text: String get() = response.text

    /** The body as a JSON tree, or null when it is empty. */
    fun json(): JsonNode? = if (response.body.isEmpty()) null else Json.mapper.readTree(response.body)

    fun parsed(): Any? = parse()

    /** The `X-Request-Id` the server sent, if any. */
    val requestId: String? get() = response.headers.first("x-request-id")

    override fun toString(): String = "RawResponse(${operation.operationId} $status)"
}

/**
 * A call's result with the response it came from (status, headers, request ID): what
 * `client.withRawResponse { deployments.get(appId, did) }` returns. Destructures as
 * `val (deployment, response) = ...`.
 */
data class WithResponse<out T>(
    val value: T,
    val response: RawResponse,
) {
    val status: Int get() = response.status
    val headers: Headers get() = response.headers
    val requestId: String? get() = response.requestId
}

/** Records the last response of the calls made in its coroutine context ([captureResponse]). */
internal class ResponseCapture : AbstractCoroutineContextElement(ResponseCapture) {
    @Volatile
    var last: RawResponse? = null

    companion object Key : CoroutineContext.Key<ResponseCapture>
}

/**
 * Run [block] (any calls of a client: the friendly methods, the operationId ones, [SdkClient.request])
 * and return its result with the response of the last call it made; throws the SDK's
 * [InvalidArgumentException] when the block made no call. Errors are thrown as usual (they carry
 * status, headers and request ID themselves).
 */
suspend fun <T> captureResponse(block: suspend () -> T): WithResponse<T> {
    val capture = ResponseCapture()
    val value = withContext(capture) { block() }
    val response = capture.last ?: throw InvalidArgumentException("withRawResponse: the block made no call")
    return WithResponse(value, response)
}
