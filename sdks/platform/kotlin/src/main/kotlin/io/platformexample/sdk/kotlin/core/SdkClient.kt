package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.flow.Flow
import kotlin.time.Duration

/**
 * What every generated client offers besides its resources: any operation by its operationId,
 * raw responses, pagination, waiters and tails. Arguments are maps keyed by wire names.
 */
abstract class SdkClient(
    protected val core: ClientCore,
) : AutoCloseable {
    /** The settings this client was made with. */
    val options: ClientOptions get() = core.options

    /** Every operationId this client knows. */
    val operationIds: Set<String> get() = core.operations.keys

    /**
     * Call an operation by its operationId: `request("getPet", mapOf("petId" to "p1"))`.
     * Returns the typed result of the operation's method ([EmptyResult] without a body,
     * [RedirectResult] for a 3xx); throws an [SdkException].
     */
    suspend fun request(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        body: Any? = null,
        options: RequestOptions? = null,
    ): Any? = core.call(core.operation(operationId), pathParams, query, body, options)

    /** Like [request], but the response as it came: status, headers and body; error statuses are not thrown. */
    suspend fun requestRaw(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        body: Any? = null,
        options: RequestOptions? = null,
    ): RawResponse = core.raw(core.operation(operationId), pathParams, query, body, options)

    /** The events of an operation that answers with `text/event-stream`, as they arrive (a cold flow). */
    fun stream(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        body: Any? = null,
        options: RequestOptions? = null,
    ): Flow<ServerSentEvent> = core.stream(core.operation(operationId), pathParams, query, body, options)

    /** Every item of a paginated operation, across all pages. */
    fun iterate(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        options: RequestOptions? = null,
    ): Flow<Any?> = core.iterate(core.operation(operationId), pathParams, query, options)

    /** Poll an operation with a waiter until its field is terminal; return the last result. */
    suspend fun wait(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        timeout: Duration = Defaults.WAIT_TIMEOUT,
        interval: Duration = Defaults.WAIT_INTERVAL,
        options: RequestOptions? = null,
    ): Any? = core.wait(core.operation(operationId), pathParams, query, timeout, interval, options)

    /** Follow new items of an operation with a tail (e.g. logs), for as long as the flow is collected. */
    fun tail(
        operationId: String,
        pathParams: Map<String, Any?> = emptyMap(),
        query: Map<String, Any?> = emptyMap(),
        interval: Duration = Defaults.TAIL_INTERVAL,
        maxPolls: Int? = null,
        options: RequestOptions? = null,
    ): Flow<Any?> = core.tail(core.operation(operationId), pathParams, query, interval, maxPolls, options)

    /**
     * Refuse every later call (of this client and its [ClientCore.withOptions] copies) with
     * [ClientClosedException]; a transport that is [AutoCloseable] is closed, the JDK one holds nothing.
     */
    override fun close() {
        core.close()
    }
}
