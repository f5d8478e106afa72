package io.platformexample.sdk.kotlin.core

import java.net.URI
import java.net.URISyntaxException
import java.security.MessageDigest
import java.security.SecureRandom
import java.time.Clock
import java.util.Base64
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * A request signature a security scheme asks the client to compute (the spec's
 * `x-sdkgen-signature`): the HMAC ([algorithm], keyed with the secret) of the [canonical] parts
 * joined by [separator], sent in [encoding] (`hex` or `base64`) in [signatureHeader], with the key
 * id, the timestamp (Unix seconds) and the nonce ([nonceBytes] random bytes, hex) in their headers.
 *
 * The parts [canonical] may list: `method` (upper case), `target` (the path and query as sent),
 * `timestamp`, `nonce`, `bodySha256` (the lower-case hex SHA-256 of the body bytes, of nothing
 * for a request without a body).
 */
data class Signature(
    val algorithm: String,
    val keyIdHeader: String,
    val timestampHeader: String,
    val nonceHeader: String,
    val signatureHeader: String,
    val canonical: List<String> = listOf("method", "target", "timestamp", "nonce", "bodySha256"),
    val separator: String = "\n",
    val encoding: String = "hex",
    val nonceBytes: Int = 16,
) {
    /** The header names this signature sets, lower case. */
    val headers: Set<String>
        get() = setOf(keyIdHeader, timestampHeader, nonceHeader, signatureHeader).map { it.lowercase() }.toSet()
}

/**
 * The key a client signs with: [keyId] is sent, [secret] only keys the HMAC and is never shown
 * ([toString] redacts it). Give it as `ClientOptions(signingKey = SigningKey(id, secret))`, or set
 * `<PREFIX>_SIGNING_KEY_ID` and `<PREFIX>_SIGNING_SECRET`.
 */
class SigningKey(
    val keyId: String,
    val secret: String,
) {
    init {
        if (keyId.isEmpty()) throw InvalidArgumentException("signingKey: the key id is empty")
        if (secret.isEmpty()) throw InvalidArgumentException("signingKey: the secret is empty")
    }

    override fun equals(other: Any?): Boolean = other is SigningKey && other.keyId == keyId && other.secret == secret

    override fun hashCode(): Int = keyId.hashCode() * 31 + secret.hashCode()

    override fun toString(): String = "SigningKey(keyId=$keyId, secret=${Defaults.REDACTED})"
}

/**
 * Signs requests by hand as the client does for every operation whose security takes [signature]:
 * `HmacSigner(key, signature).sign("POST", "/agent/jobs/j1/result", body)` answers the headers
 * to add; as a [RequestSigner] it signs a whole [HttpRequestData]. [clock] gives the timestamp and [nonce] the nonce (random hex by default); replace them
 * to reproduce a signature.
 */
class HmacSigner(
    val key: SigningKey,
    val signature: Signature,
    private val clock: Clock = Clock.systemUTC(),
    private val nonce: () -> String = { randomHex(signature.nonceBytes) },
) : RequestSigner {
    private val macName: String =
        when (signature.algorithm.lowercase()) {
            "hmac-sha256" -> "HmacSHA256"
            "hmac-sha512" -> "HmacSHA512"
            else -> throw InvalidArgumentException(
                "signature algorithm '${signature.algorithm}' is not supported (hmac-sha256, hmac-sha512)",
            )
        }

    init {
        if (signature.encoding !in setOf("hex", "base64")) {
            throw InvalidArgumentException("signature encoding '${signature.encoding}' is not supported (hex, base64)")
        }
        val unknown = signature.canonical.filter { it !in PARTS }
        if (unknown.isNotEmpty()) throw InvalidArgumentException("signature parts $unknown are not known (${PARTS.joinToString()})")
    }

    /** The text that is signed, for [method], [target] (path and query), [timestamp] (Unix seconds), [nonce] and [body]. */
    fun canonical(
        method: String,
        target: String,
        timestamp: Long,
        nonce: String,
        body: ByteArray?,
    ): String =
        signature.canonical.joinToString(signature.separator) { part ->
            when (part) {
                "method" -> method.uppercase()
                "target" -> target
                "timestamp" -> timestamp.toString()
                "nonce" -> nonce
                else -> hex(MessageDigest.getInstance("SHA-256").digest(body ?: ByteArray(0)))
            }
        }

    /** The signature of [canonical] text, in the signature's encoding. */
    fun mac(canonical: String): String {
        val mac = Mac.getInstance(macName)
        mac.init(SecretKeySpec(key.secret.toByteArray(Charsets.UTF_8), macName))
        val digest = mac.doFinal(canonical.toByteArray(Charsets.UTF_8))
        return if (signature.encoding == "base64") Base64.getEncoder().encodeToString(digest) else hex(digest)
    }

    /**
     * The headers that sign one request: key id, timestamp (now, from the clock), a fresh nonce and
     * the signature over [method], [target] (the path and query exactly as sent) and [body].
     */
    fun sign(
        method: String,
        target: String,
        body: ByteArray?,
    ): Map<String, String> {
        val timestamp = clock.instant().epochSecond
        val once = nonce()
        return linkedMapOf(
            signature.keyIdHeader to key.keyId,
            signature.timestampHeader to timestamp.toString(),
            signature.nonceHeader to once,
            signature.signatureHeader to mac(canonical(method, target, timestamp, once, body)),
        )
    }

    /** [request] with the signing headers set, its target taken from its URL. */
    override fun sign(request: HttpRequestData): HttpRequestData {
        var headers = request.headers
        for ((name, value) in sign(request.method, target(request.url), request.body)) headers = headers.with(name, value)
        return request.copy(headers = headers)
    }

    override fun toString(): String = "HmacSigner(key=$key, signature=$signature)"

    companion object {
        private val PARTS = setOf("method", "target", "timestamp", "nonce", "bodySha256")
        private val random = SecureRandom()

        /** The request target of [url] as the JDK client sends it: the raw path (or `/`) and raw query. */
        fun target(url: String): String {
            val uri =
                try {
                    URI(url)
                } catch (error: URISyntaxException) {
                    throw InvalidArgumentException("cannot sign a request to '$url': ${error.reason}", error)
                }
            val path = uri.rawPath?.takeIf { it.isNotEmpty() } ?: "/"
            return if (uri.rawQuery == null) path else "$path?${uri.rawQuery}"
        }

        /** [count] random bytes in lower-case hex. */
        fun randomHex(count: Int): String {
            val bytes = ByteArray(count)
            random.nextBytes(bytes)
            return hex(bytes)
        }

        private fun hex(bytes: ByteArray): String = bytes.joinToString("") { "%02x".format(it) }
    }
}
