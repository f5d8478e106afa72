package io.platformexample.sdk.kotlin.core

import java.io.PrintStream
import java.net.URI
import java.net.URISyntaxException
import kotlin.time.Duration

/**
 * Settings a client takes from the environment, and the checks every client's settings pass
 * before its first call. The variables are `<PREFIX>_TOKEN`, `<PREFIX>_BASE_URL` and
 * `<PREFIX>_LOG` (`off`, `info` or `debug`), the prefix the SDK was generated with; a setting
 * given in [ClientOptions] always wins over the environment.
 */
object Environment {
    /** [options] with the settings it leaves unset read from [env] under [prefix]; an empty prefix reads nothing. */
    fun apply(
        options: ClientOptions,
        prefix: String,
        env: Map<String, String> = System.getenv(),
        hosts: Collection<String> = emptyList(),
    ): ClientOptions {
        if (prefix.isEmpty()) return options

        fun read(name: String): String? = env["${prefix}_$name"]?.trim()?.takeIf { it.isNotEmpty() }
        val log = read("LOG")?.let { LogLevel.parse("${prefix}_LOG", it) }
        val hostUrls = options.hostBaseUrls.toMutableMap()
        for (key in hosts) {
            if (key !in hostUrls) read("${key.uppercase()}_BASE_URL")?.let { hostUrls[key] = it }
        }
        return options.copy(
            token = options.token ?: read("TOKEN"),
            baseUrl = options.baseUrl ?: read("BASE_URL"),
            debug = options.debug ?: log?.takeIf { it != LogLevel.OFF }?.let { StandardErrorLog(it, prefix.lowercase()) },
            signingKey = options.signingKey ?: signingKey(read("SIGNING_KEY_ID"), read("SIGNING_SECRET"), prefix),
            hostBaseUrls = hostUrls,
        )
    }

    /** The signing key the two variables give: both or neither. */
    private fun signingKey(
        keyId: String?,
        secret: String?,
        prefix: String,
    ): SigningKey? {
        if (keyId == null && secret == null) return null
        if (keyId == null || secret == null) {
            val missing = if (keyId == null) "${prefix}_SIGNING_KEY_ID" else "${prefix}_SIGNING_SECRET"
            val given = if (keyId == null) "${prefix}_SIGNING_SECRET" else "${prefix}_SIGNING_KEY_ID"
            throw InvalidArgumentException("$given is set but $missing is not: a signing key needs both")
        }
        return SigningKey(keyId, secret)
    }

    /** The option that sets host [key]'s base URL, as the generated client names it (`agent` -> `agentBaseUrl`). */
    fun hostOption(key: String): String {
        val words = key.split('_').filter { it.isNotEmpty() }
        return words.first() + words.drop(1).joinToString("") { it.replaceFirstChar(Char::uppercaseChar) } + "BaseUrl"
    }

    /** Refuse settings no call could work with, naming the setting and the value. */
    fun check(
        options: ClientOptions,
        baseUrl: String,
    ) {
        checkBaseUrl("baseUrl", baseUrl)
        checkTimeout("timeout", options.timeout)
        if (options.maxRetries < 0) throw InvalidArgumentException("maxRetries must be >= 0, got ${options.maxRetries}")
    }

    /** A per-call override that no call could work with. */
    fun check(options: RequestOptions) {
        options.timeout?.let { checkTimeout("RequestOptions.timeout", it) }
        options.maxRetries?.let {
            if (it < 0) throw InvalidArgumentException("RequestOptions.maxRetries must be >= 0, got $it")
        }
    }

    private fun checkTimeout(
        name: String,
        timeout: Duration,
    ) {
        if (timeout <= Duration.ZERO) {
            throw InvalidArgumentException("$name must be positive (Duration.INFINITE for none), got $timeout")
        }
    }

    /** Refuse [baseUrl] (the setting [name]) unless it is an absolute http(s) URL with a host. */
    fun checkBaseUrl(
        name: String,
        baseUrl: String,
    ) {
        val uri =
            try {
                URI(baseUrl)
            } catch (error: URISyntaxException) {
                throw InvalidArgumentException("$name is not a URL: '$baseUrl' (${error.reason})", error)
            }
        val scheme = uri.scheme?.lowercase()
        if ((scheme != "http" && scheme != "https") || uri.host.isNullOrEmpty()) {
            throw InvalidArgumentException(
                "$name must be an absolute http or https URL with a host (like https://api.example.com), got '$baseUrl'",
            )
        }
    }
}

/** How much a client logs to standard error when `<PREFIX>_LOG` asks for it. */
enum class LogLevel {
    OFF,
    INFO,
    DEBUG,
    ;

    companion object {
        /** The level named [value] (any case), or the SDK's argument error naming [variable]. */
        fun parse(
            variable: String,
            value: String,
        ): LogLevel =
            entries.firstOrNull { it.name.equals(value, ignoreCase = true) }
                ?: throw InvalidArgumentException("$variable must be one of off, info, debug; got '$value'")
    }
}

/**
 * A [DebugHook] that writes one line per response ([LogLevel.INFO]) and, at [LogLevel.DEBUG], one
 * per attempt too, to [out]. It sees requests as every hook does: credentials redacted.
 */
class StandardErrorLog(
    val level: LogLevel,
    private val name: String,
    private val out: PrintStream = System.err,
) : DebugHook {
    override fun onRequest(
        request: HttpRequestData,
        attempt: Int,
    ) {
        if (level == LogLevel.DEBUG) out.println("$name: -> ${request.method} ${request.url} (attempt $attempt)")
    }

    override fun onResponse(
        request: HttpRequestData,
        response: HttpResponseData,
    ) {
        if (level != LogLevel.OFF) out.println("$name: <- ${request.method} ${request.url} ${response.status}")
    }
}
