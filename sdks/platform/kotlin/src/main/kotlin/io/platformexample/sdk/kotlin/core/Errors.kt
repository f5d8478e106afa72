package io.platformexample.sdk.kotlin.core

import java.net.URI

/*
 * Every error the SDK throws, and the one map from HTTP status to class.
 *
 *     SdkException (sealed)
 *     ├── InvalidArgumentException        refused before anything was sent
 *     ├── ClientClosedException           a call on a closed client
 *     ├── ApiConnectionException          no response (connect, reset, ...)
 *     │   └── ApiTimeoutException
 *     ├── ApiStatusException              a non-2xx, non-3xx response
 *     │   ├── ClientErrorException        any other 4xx
 *     │   │   ├── BadRequestException 400, AuthenticationException 401,
 *     │   │   ├── PermissionDeniedException 403, NotFoundException 404, ConflictException 409,
 *     │   │   ├── PreconditionFailedException 412, UnprocessableEntityException 422,
 *     │   │   └── PreconditionRequiredException 428, RateLimitException 429
 *     │   └── ServerErrorException        any other 5xx
 *     │       └── InternalServerErrorException 500
 *     ├── ResponseDecodeException         a 2xx whose body is not what it should be
 *     └── WaiterTimeoutException          a waiter ran out of time
 */

/** Base of every error this SDK throws. */
sealed class SdkException(
    message: String,
    cause: Throwable? = null,
) : RuntimeException(message, cause)

/** An argument was refused before anything was sent (an empty path parameter, an unknown operationId). */
class InvalidArgumentException(
    message: String,
    cause: Throwable? = null,
) : SdkException(message, cause)

/** A call on a client that was closed: nothing was sent. */
class ClientClosedException(
    message: String,
) : SdkException(message)

/** No response arrived: the connection failed or broke. Retried before it is thrown. */
open class ApiConnectionException(
    /** What went wrong, without the operation. */
    val reason: String,
    val operationId: String?,
    val method: String?,
    val url: String?,
    cause: Throwable? = null,
) : SdkException(describe(operationId, method, url, reason), cause)

/** The attempt ran out of time (per call or per client timeout). Retried before it is thrown. */
class ApiTimeoutException(
    reason: String,
    operationId: String?,
    method: String?,
    url: String?,
    cause: Throwable? = null,
) : ApiConnectionException(reason, operationId, method, url, cause)

/**
 * What the server said in an error response: the status, and from the error body
 * (`{"statusCode", "code", "message", "retryAfter"}`) its [code], [message] and [retryAfter]
 * (seconds; the `Retry-After` header wins). [body] is the decoded JSON body (maps, lists and
 * scalars), or its text when it is not JSON. [declared] is the body decoded into the model the spec
 * declares for the status (exact, its class such as `4XX`, or `default`); null when none is declared
 * or the body does not match it.
 */
data class ErrorDetails(
    val status: Int,
    val code: String?,
    val message: String?,
    val retryAfter: Double?,
    val body: Any?,
    val headers: Headers,
    val operationId: String?,
    val method: String?,
    val url: String?,
    val declared: Any? = null,
)

/** The server answered with an error status; see [ErrorDetails] for what it carries. */
open class ApiStatusException(
    val details: ErrorDetails,
) : SdkException(statusMessage(details)) {
    val status: Int get() = details.status
    val code: String? get() = details.code

    /** The server's own message (the exception's [message] describes the whole failure). */
    val errorMessage: String? get() = details.message
    val retryAfter: Double? get() = details.retryAfter
    val body: Any? get() = details.body
    val headers: Headers get() = details.headers
    val operationId: String? get() = details.operationId

    /** The `X-Request-Id` the server sent, if any. */
    val requestId: String? get() = details.headers.first("x-request-id")

    /** The error body as the model the spec declares for this status (see [ErrorDetails.declared]), or null. */
    val declared: Any? get() = details.declared

    /** The declared error body as [T] (`error.bodyAs<Error>()`); null when it is absent or another type. */
    inline fun <reified T> bodyAs(): T? = declared as? T
}

/** A 4xx; the catch-all for 4xx statuses without their own class. */
open class ClientErrorException(
    details: ErrorDetails,
) : ApiStatusException(details)

/** A 5xx; the catch-all for 5xx statuses without their own class. */
open class ServerErrorException(
    details: ErrorDetails,
) : ApiStatusException(details)

/** 400 */
class BadRequestException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 401 */
class AuthenticationException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 403 */
class PermissionDeniedException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 404 */
class NotFoundException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 409 */
class ConflictException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 412 */
class PreconditionFailedException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 422 */
class UnprocessableEntityException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 428 */
class PreconditionRequiredException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 429 */
class RateLimitException(
    details: ErrorDetails,
) : ClientErrorException(details)

/** 500 */
class InternalServerErrorException(
    details: ErrorDetails,
) : ServerErrorException(details)

/** A 2xx response whose body could not be decoded as declared (bad JSON, a missing required field). */
class ResponseDecodeException(
    val status: Int,
    val text: String,
    val operationId: String?,
    reason: String,
    cause: Throwable? = null,
) : SdkException(if (operationId != null) "$operationId: $reason" else reason, cause)

/** A waiter ran out of time before the watched field reached a terminal value. [last] is the last result seen. */
class WaiterTimeoutException(
    message: String,
    val last: Any?,
    val value: String?,
    val operationId: String,
) : SdkException(message)

/** The one status → class map: the exact status, then the class of status, then the base class. */
fun errorFor(d: ErrorDetails): ApiStatusException =
    when (d.status) {
        400 -> BadRequestException(d)
        401 -> AuthenticationException(d)
        403 -> PermissionDeniedException(d)
        404 -> NotFoundException(d)
        409 -> ConflictException(d)
        412 -> PreconditionFailedException(d)
        422 -> UnprocessableEntityException(d)
        428 -> PreconditionRequiredException(d)
        429 -> RateLimitException(d)
        500 -> InternalServerErrorException(d)
        in 400..499 -> ClientErrorException(d)
        in 500..599 -> ServerErrorException(d)
        else -> ApiStatusException(d)
    }

private fun pathOf(url: String?): String? {
    if (url == null) return null
    return try {
        val uri = URI(url)
        if (uri.rawPath == null || uri.host == null) url else uri.rawPath + (uri.rawQuery?.let { "?$it" } ?: "")
    } catch (_: Exception) {
        url
    }
}

private fun describe(
    operationId: String?,
    method: String?,
    url: String?,
    reason: String,
): String {
    val where = listOfNotNull(method, pathOf(url)).joinToString(" ")
    val prefix = if (operationId != null) "$operationId: " else ""
    return if (where.isEmpty()) "$prefix$reason" else "$prefix$where: $reason"
}

private fun statusMessage(d: ErrorDetails): String {
    val parts = mutableListOf<String>()
    if (d.operationId != null) parts += "${d.operationId}:"
    val where = listOfNotNull(d.method, pathOf(d.url)).joinToString(" ")
    if (where.isNotEmpty()) parts += "$where returned"
    parts += d.status.toString()
    if (d.code != null) parts += d.code
    var text = parts.joinToString(" ")
    if (d.message != null) text += ": ${d.message}"
    if (d.retryAfter != null) text += " (retry after ${formatSeconds(d.retryAfter)}s)"
    d.headers.first("x-request-id")?.let { text += " [request id $it]" }
    return text
}

internal fun formatSeconds(seconds: Double): String =
    if (seconds == Math.floor(seconds) && seconds < 1e15) seconds.toLong().toString() else seconds.toString()
