package ai.axhub.sdk.kotlin.core

import com.fasterxml.jackson.databind.JsonNode

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

    override fun toString(): String = "RawResponse(${operation.operationId} $status)"
}
