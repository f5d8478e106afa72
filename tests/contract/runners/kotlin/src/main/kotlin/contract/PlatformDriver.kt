package contract

import io.platformexample.sdk.kotlin.PlatformClient
import io.platformexample.sdk.kotlin.core.ApiConnectionException
import io.platformexample.sdk.kotlin.core.ApiStatusException
import io.platformexample.sdk.kotlin.core.ApiTimeoutException
import io.platformexample.sdk.kotlin.core.AuthenticationException
import io.platformexample.sdk.kotlin.core.BadRequestException
import io.platformexample.sdk.kotlin.core.ClientErrorException
import io.platformexample.sdk.kotlin.core.ClientOptions
import io.platformexample.sdk.kotlin.core.ConflictException
import io.platformexample.sdk.kotlin.core.Json
import io.platformexample.sdk.kotlin.core.NotFoundException
import io.platformexample.sdk.kotlin.core.PermissionDeniedException
import io.platformexample.sdk.kotlin.core.PreconditionFailedException
import io.platformexample.sdk.kotlin.core.PreconditionRequiredException
import io.platformexample.sdk.kotlin.core.RateLimitException
import io.platformexample.sdk.kotlin.core.RequestOptions
import io.platformexample.sdk.kotlin.core.SdkException
import io.platformexample.sdk.kotlin.core.ServerErrorException
import io.platformexample.sdk.kotlin.core.SigningKey
import io.platformexample.sdk.kotlin.core.UnprocessableEntityException
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.withTimeoutOrNull

/** The driver of one API's Kotlin SDK (see [ApiDriver]): one client per credential set, reused across scenarios. */
class PlatformDriver(
    private val baseUrl: String,
    private val hosts: Map<String, String>,
) : ApiDriver {
    private val clients = mutableMapOf<List<String?>, PlatformClient>()

    override fun close() = clients.values.forEach { it.close() }

    /** The JSON shape of an SDK result: the SDK mapper's encoding, read back as plain values. */
    private fun wire(value: Any?): Any? = Json.plain(Json.tree(value))

    /** The neutral name of an SDK error (tests/contract/README.md), most specific first; null for others. */
    private fun errorClass(error: Throwable): String? =
        when (error) {
            is ApiTimeoutException -> "Timeout"
            is ApiConnectionException -> "Connection"
            is BadRequestException -> "BadRequest"
            is AuthenticationException -> "Authentication"
            is PermissionDeniedException -> "PermissionDenied"
            is NotFoundException -> "NotFound"
            is ConflictException -> "Conflict"
            is PreconditionFailedException -> "PreconditionFailed"
            is UnprocessableEntityException -> "UnprocessableEntity"
            is PreconditionRequiredException -> "PreconditionRequired"
            is RateLimitException -> "RateLimit"
            is ServerErrorException -> "Server"
            is ClientErrorException -> "Client"
            is ApiStatusException -> "Other(${error::class.simpleName})"
            else -> null
        }

    /**
     * The client of one credential set (a token, null: no Authorization, built with the empty token
     * that says so on purpose; a signing key), with 2 retries and a 30 s timeout.
     */
    private fun client(
        token: String?,
        signingKey: Map<String, Any?>?,
    ): PlatformClient {
        val keyId = signingKey?.let { text(it["keyId"]) }
        val secret = signingKey?.let { text(it["secret"]) }
        return clients.getOrPut(listOf(token, keyId, secret)) {
            val key = if (keyId != null && secret != null) SigningKey(keyId, secret) else null
            PlatformClient(
                ClientOptions(
                    baseUrl = baseUrl,
                    token = token ?: "",
                    maxRetries = 2,
                    timeout = seconds(30),
                    signingKey = key,
                    hostBaseUrls = hosts,
                ),
            )
        }
    }

    /** The step's per-call options and headers. */
    private fun options(step: Map<String, Any?>): RequestOptions {
        val given = asObject(step["options"]).orEmpty()
        return RequestOptions(
            timeout = if ("timeoutSeconds" in given) seconds(given["timeoutSeconds"]) else null,
            maxRetries = (given["maxRetries"] as? Number)?.toInt(),
            headers = asObject(step["headers"]).orEmpty().mapValues { text(it.value) },
            idempotencyKey = if ("idempotencyKey" in given) text(given["idempotencyKey"]) else null,
        )
    }

    override suspend fun call(
        step: Map<String, Any?>,
        token: String?,
    ): Outcome =
        try {
            invoke(step, token)
        } catch (error: SdkException) {
            val api = error as? ApiStatusException
            throw CallError(
                error,
                errorClass(error),
                api != null,
                api?.status ?: 0,
                api?.code?.takeIf { it.isNotEmpty() },
                api?.retryAfter,
                api?.let { wire(it.body) },
            )
        }

    private suspend fun invoke(
        step: Map<String, Any?>,
        token: String?,
    ): Outcome {
        val client = client(token, asObject(step["signingKey"]))
        val operation = step["operation"] as String
        val pathParams = asObject(step["pathParams"]).orEmpty()
        val query = asObject(step["query"]).orEmpty()
        val options = options(step)
        val helperOptions = asObject(step["helperOptions"]).orEmpty()
        return when (val helper = step["helper"] as? String) {
            null ->
                if (step["raw"] == true) {
                    val raw = client.requestRaw(operation, pathParams, query, step["body"], options)
                    Outcome(wire(raw.parsed()), raw.status) { name -> raw.headers.first(name) }
                } else {
                    Outcome(wire(client.request(operation, pathParams, query, step["body"], options)))
                }
            "paginate" -> Outcome(client.iterate(operation, pathParams, query, options).map(::wire).toList())
            "wait" -> {
                val timeout = seconds(helperOptions["timeoutSeconds"] ?: DEFAULT_WAIT_TIMEOUT)
                val interval = seconds(helperOptions["intervalSeconds"] ?: DEFAULT_WAIT_INTERVAL)
                Outcome(wire(client.wait(operation, pathParams, query, timeout, interval, options)))
            }
            "tail" -> {
                val take = (helperOptions["take"] as? Number)?.toInt()
                val timeout = seconds(helperOptions["timeoutSeconds"] ?: DEFAULT_TAIL_TIMEOUT)
                val interval = seconds(helperOptions["intervalSeconds"] ?: DEFAULT_TAIL_INTERVAL)
                val items = mutableListOf<Any?>()
                if (take != 0) {
                    val lines = client.tail(operation, pathParams, query, interval, options = options)
                    // The time is up: what arrived so far is the result (cancelling aborts the poll in flight).
                    withTimeoutOrNull(timeout) {
                        (if (take != null) lines.take(take) else lines).collect { items += wire(it) }
                    }
                }
                Outcome(items)
            }
            else -> throw IllegalArgumentException("unknown helper $helper")
        }
    }
}
