package contract

// What the APIs' drivers share. AxhubDriver.kt is the code; DepliteDriver.kt and PlatformDriver.kt
// are the same file with the SDK's package and client class replaced (test_contract_kotlin.py
// checks that they stay so).

/** The result of one call: wire-shaped, and the status and a header lookup of a raw step's response. */
class Outcome(
    val result: Any?,
    val rawStatus: Int? = null,
    val rawHeader: ((String) -> String?)? = null,
)

/** An SDK error in neutral terms: its class name (null: not one the contract names), and what it carries. */
class CallError(
    cause: RuntimeException,
    val className: String?,
    val hasResponse: Boolean,
    val status: Int,
    val code: String?,
    val retryAfter: Double?,
    val body: Any?,
) : RuntimeException(cause.toString(), cause) {
    fun describe(): String = className ?: cause!!::class.java.name
}

/** Runs the steps of one API's scenarios through its SDK. */
interface ApiDriver : AutoCloseable {
    /** One step (its token: null for none; its signingKey, if any); SDK errors as [CallError]. */
    suspend fun call(
        step: Map<String, Any?>,
        token: String?,
    ): Outcome
}

/** How each API's driver is made from its server's root URL. */
val DRIVERS: Map<String, (String) -> ApiDriver> =
    mapOf(
        // AxHub: one host, the server's root.
        "axhub" to { root -> AxhubDriver(root, emptyMap()) },
        // Deplite: the user API under /api, the agent host at the root.
        "deplite" to { root -> DepliteDriver("$root/api", mapOf("agent" to root)) },
        // Platform: the API under /v1.
        "platform" to { root -> PlatformDriver("$root/v1", emptyMap()) },
    )
