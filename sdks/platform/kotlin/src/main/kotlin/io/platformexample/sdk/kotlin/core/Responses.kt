package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.core.JacksonException
import com.fasterxml.jackson.databind.JsonNode
import java.net.URI
import java.net.URLDecoder
import java.time.Clock

/** What an error body says: `{"statusCode", "code", "message", "retryAfter"}` (also `{"error": {...}}` and `{"error": "..."}`). */
internal data class ErrorBody(
    val body: Any?,
    val code: String?,
    val message: String?,
    val retryAfter: Double?,
)

internal object Responses {
    fun isJson(contentType: String): Boolean {
        val media = contentType.substringBefore(';').trim().lowercase()
        return media.isEmpty() || media == "application/json" || media.endsWith("+json")
    }

    /** Read an error body, tolerating anything. */
    fun details(response: HttpResponseData): ErrorBody {
        val text = response.text
        if (text.isBlank()) return ErrorBody(null, null, null, null)
        val tree: JsonNode =
            try {
                Json.mapper.readTree(text)
            } catch (_: JacksonException) {
                return ErrorBody(text, null, text.trim().takeIf { it.length <= MAX_TEXT_MESSAGE }, null)
            }
        val fields = if (tree.path("error").isObject) tree.path("error") else tree
        val code = fields.get("code")?.takeIf { !it.isNull }?.asText()
        val message =
            fields.get("message")?.takeIf { !it.isNull }?.asText()
                ?: fields.get("error")?.takeIf { it.isTextual }?.asText()
        val retryAfter =
            fields
                .get("retryAfter")
                ?.takeIf { it.isNumber || it.isTextual }
                ?.asText()
                ?.toDoubleOrNull()
                ?.takeIf { it >= 0 && it.isFinite() }
        return ErrorBody(Json.plain(tree), code, message, retryAfter)
    }

    /** The error for a non-2xx, non-3xx response, by the one status → class map. */
    fun error(
        operation: Operation,
        request: HttpRequestData,
        response: HttpResponseData,
        clock: Clock,
    ): ApiStatusException {
        val body = details(response)
        val declared = operation.errorTypeFor(response.status)?.let { type -> declaredBody(response, type) }
        return errorFor(
            ErrorDetails(
                status = response.status,
                code = body.code,
                message = body.message,
                retryAfter = Retry.retryAfter(response.headers, clock) ?: body.retryAfter,
                body = body.body,
                headers = response.headers,
                operationId = operation.operationId,
                method = request.method,
                url = request.url,
                declared = declared,
            ),
        )
    }

    /** [response]'s body decoded to the declared [type]; null when it is not JSON or does not match. */
    private fun declaredBody(
        response: HttpResponseData,
        type: java.lang.reflect.Type,
    ): Any? {
        if (response.body.isEmpty() || !isJson(response.headers.first("content-type") ?: "application/json")) return null
        return try {
            Json.decode<Any?>(response.body, type)
        } catch (_: JacksonException) {
            null
        } catch (_: IllegalArgumentException) {
            null
        }
    }

    private const val MAX_TEXT_MESSAGE = 500
}

/** From one page to the query (or the URL) of the next, for every pagination style. */
internal object Paging {
    fun asLong(value: Any?): Long? =
        when (value) {
            null, is Boolean -> null
            is Number -> value.toLong()
            is JsonNode -> if (value.isIntegralNumber || value.isTextual) value.asText().toLongOrNull() else null
            else -> value.toString().toLongOrNull()
        }

    /** The member at [path] (wire names) from [node]; null where the path stops. */
    fun at(
        node: JsonNode?,
        path: List<String>,
    ): JsonNode? {
        var current = node
        for (key in path) {
            current = current?.takeIf { it.isObject }?.get(key) ?: return null
        }
        return current
    }

    fun items(
        page: JsonNode?,
        pagination: Pagination,
    ): List<JsonNode> {
        val items = at(page, pagination.items)
        return if (items != null && items.isArray) items.toList() else emptyList()
    }

    /** The page's own "more to fetch" flag: true, false, or null when it has none. */
    fun hasMore(
        page: JsonNode?,
        pagination: Pagination,
    ): Boolean? {
        if (pagination.hasMore.isEmpty()) return null
        val flag = at(page, pagination.hasMore)
        return if (flag != null && flag.isBoolean) flag.booleanValue() else null
    }

    fun cursorOf(value: Any?): String? {
        val text =
            when (value) {
                null -> null
                is JsonNode ->
                    if (value.isNull || value.isMissingNode) {
                        null
                    } else if (value.isValueNode) {
                        value.asText()
                    } else {
                        value.toString()
                    }
                else -> value.toString()
            }
        return text?.takeIf { it.isNotEmpty() }
    }

    /**
     * The query for the page after [page] (fetched with [query]), or null at the end. The
     * pagination's stop rules decide the end (empty, short, total, has_more); a token style also
     * ends when its token or id is absent, empty or unchanged. [seen] counts the items of every
     * page so far, this one included.
     */
    fun nextQuery(
        pagination: Pagination,
        query: Map<String, Any?>,
        page: JsonNode?,
        items: List<JsonNode>,
        seen: Long,
    ): Map<String, Any?>? {
        val stop = pagination.stop
        if ("has_more" in stop && hasMore(page, pagination) == false) return null
        if ("empty" in stop && items.isEmpty()) return null
        val size = pagination.sizeParam?.let { asLong(query[it]) }
        if ("short" in stop && size != null && items.size < size) return null
        val total = if (pagination.total.isEmpty()) null else asLong(at(page, pagination.total))
        if ("total" in stop && total != null && position(pagination, query, items.size, size, seen) >= total) return null
        val param = pagination.param ?: return null
        val at = asLong(query[param])
        return when (pagination.style) {
            PaginationStyle.OFFSET -> query + (param to (at ?: 0) + items.size)
            PaginationStyle.PAGE -> query + (param to (at ?: 1) + 1)
            PaginationStyle.CURSOR, PaginationStyle.STARTING_AFTER -> {
                val holder = if (pagination.style == PaginationStyle.CURSOR) page else items.lastOrNull()
                val token = cursorOf(at(holder, pagination.next)) ?: return null
                // an unchanged token would fetch the same page forever
                if (token == cursorOf(query[param])) null else query + (param to token)
            }
            PaginationStyle.NEXT_URL, PaginationStyle.LINK_HEADER -> null // see nextUrl
        }
    }

    /** Whether the next page is a URL (the page's own, or the response's Link header). */
    fun followsUrl(pagination: Pagination): Boolean =
        pagination.style == PaginationStyle.NEXT_URL || pagination.style == PaginationStyle.LINK_HEADER

    /**
     * The absolute URL of the page after [page] (fetched with [query] from [url]), resolved
     * against [url], or null at the end: the stop rules, no next URL, or this page's URL again.
     * [link] is the response's Link header.
     */
    fun nextUrl(
        pagination: Pagination,
        query: Map<String, Any?>,
        page: JsonNode?,
        items: List<JsonNode>,
        seen: Long,
        url: String,
        link: String?,
    ): String? {
        val stop = pagination.stop
        if ("has_more" in stop && hasMore(page, pagination) == false) return null
        if ("empty" in stop && items.isEmpty()) return null
        val size = pagination.sizeParam?.let { asLong(query[it]) }
        if ("short" in stop && size != null && items.size < size) return null
        val total = if (pagination.total.isEmpty()) null else asLong(at(page, pagination.total))
        if ("total" in stop && total != null && seen >= total) return null
        val given =
            if (pagination.style == PaginationStyle.LINK_HEADER) linkNext(link) else cursorOf(at(page, pagination.next))
        val target = resolve(url, given ?: return null)
        return if (target == url) null else target
    }

    /** [given] (absolute, or relative to [base]) as an absolute URL without a fragment. */
    fun resolve(
        base: String,
        given: String,
    ): String {
        val target =
            try {
                if (given.startsWith("?")) {
                    base.substringBefore('?') + given // RFC 3986: a query alone keeps the base's path
                } else {
                    URI.create(base).resolve(URI.create(given)).toString()
                }
            } catch (e: IllegalArgumentException) {
                throw InvalidArgumentException("the next page URL '$given' is not a URL: ${e.message}", e)
            }
        return target.substringBefore('#')
    }

    /** Whether [url] is on the scheme, host and port of [base]; false when either does not parse. */
    fun sameOrigin(
        url: String,
        base: String,
    ): Boolean =
        try {
            val a = URI.create(url)
            val b = URI.create(base)
            a.scheme != null &&
                a.scheme.equals(b.scheme, ignoreCase = true) &&
                a.host != null &&
                a.host.equals(b.host, ignoreCase = true) &&
                port(a) == port(b)
        } catch (e: IllegalArgumentException) {
            false
        }

    private fun port(uri: URI): Int =
        when {
            uri.port >= 0 -> uri.port
            uri.scheme.equals("https", ignoreCase = true) -> HTTPS_PORT
            else -> HTTP_PORT
        }

    private const val HTTPS_PORT = 443
    private const val HTTP_PORT = 80

    /**
     * The target of the first link whose rel has "next" in a Link header (RFC 8288): several
     * links separated by commas, parameters after ";", values quoted or not.
     */
    fun linkNext(header: String?): String? {
        if (header == null) return null
        var at = 0
        while (true) {
            val open = header.indexOf('<', at)
            if (open < 0) return null
            val close = header.indexOf('>', open)
            if (close < 0) return null
            val target = header.substring(open + 1, close).trim()
            val (params, end) = linkParams(header, close + 1)
            at = end
            val rel = params["rel"] ?: continue
            if (rel.lowercase().split(Regex("\\s+")).contains("next")) return target
        }
    }

    /** The parameters of one link from [start] (the first of a name wins), and where they end. */
    private fun linkParams(
        header: String,
        start: Int,
    ): Pair<Map<String, String>, Int> {
        val params = mutableMapOf<String, String>()
        var at = start
        while (true) {
            at = skipSpaces(header, at)
            if (at >= header.length || header[at] != ';') return params to at
            at = skipSpaces(header, at + 1)
            val nameStart = at
            while (at < header.length && header[at] !in "=;, \t") at++
            val name = header.substring(nameStart, at).lowercase()
            at = skipSpaces(header, at)
            val value = StringBuilder()
            if (at < header.length && header[at] == '=') {
                at = skipSpaces(header, at + 1)
                if (at < header.length && header[at] == '"') {
                    at++
                    while (at < header.length && header[at] != '"') {
                        if (header[at] == '\\' && at + 1 < header.length) at++
                        value.append(header[at])
                        at++
                    }
                    at++ // the closing quote
                } else {
                    while (at < header.length && header[at] != ';' && header[at] != ',') value.append(header[at++])
                }
            }
            params.putIfAbsent(name, value.toString().trim())
        }
    }

    private fun skipSpaces(
        text: String,
        start: Int,
    ): Int {
        var at = start
        while (at < text.length && (text[at] == ' ' || text[at] == '\t')) at++
        return at
    }

    private fun position(
        pagination: Pagination,
        query: Map<String, Any?>,
        count: Int,
        size: Long?,
        seen: Long,
    ): Long {
        val at = pagination.param?.let { asLong(query[it]) }
        return when (pagination.style) {
            PaginationStyle.OFFSET -> (at ?: 0) + count
            PaginationStyle.PAGE -> (at ?: 1) * (size ?: count.toLong())
            else -> seen
        }
    }
}

/** What debug hooks and the logger see: secrets redacted. */
internal object Debug {
    private val logger: System.Logger = System.getLogger("io.platformexample.sdk.kotlin.core")

    private fun secret(name: String): Boolean {
        val lower = name.lowercase()
        return lower in Defaults.REDACTED_HEADERS || SECRET_WORDS.any { it in lower }
    }

    private val SECRET_WORDS = listOf("secret", "password", "token", "signature", "api-key", "apikey")

    fun redact(headers: Headers): Headers =
        Headers(
            headers.entries.map { (name, value) ->
                name to
                    if (secret(name)) Defaults.REDACTED else value
            },
        )

    fun redact(request: HttpRequestData): HttpRequestData = request.copy(headers = redact(request.headers))

    /** [url] with the values of the query parameters [names] (credentials) replaced by [Defaults.REDACTED]. */
    fun redactQuery(
        url: String,
        names: Set<String>,
    ): String {
        val start = url.indexOf('?')
        if (names.isEmpty() || start < 0) return url
        val pairs =
            url.substring(start + 1).split('&').map { pair ->
                val name = URLDecoder.decode(pair.substringBefore('='), Charsets.UTF_8)
                if (name in names) pair.substringBefore('=') + "=" + Defaults.REDACTED else pair
            }
        return url.substring(0, start + 1) + pairs.joinToString("&")
    }

    fun redact(response: HttpResponseData): HttpResponseData = response.copy(headers = redact(response.headers))

    /** Whether anyone sees requests: a [hook], or the logger at debug level (only then are they redacted for showing). */
    fun watching(hook: DebugHook?): Boolean = hook != null || logger.isLoggable(System.Logger.Level.DEBUG)

    fun request(
        hook: DebugHook?,
        request: HttpRequestData,
        attempt: Int,
    ) {
        if (logger.isLoggable(System.Logger.Level.DEBUG)) {
            logger.log(System.Logger.Level.DEBUG, "request ${request.method} ${request.url} (attempt $attempt)")
        }
        hook?.onRequest(redact(request), attempt)
    }

    fun response(
        hook: DebugHook?,
        request: HttpRequestData,
        response: HttpResponseData,
    ) {
        if (logger.isLoggable(System.Logger.Level.DEBUG)) {
            logger.log(System.Logger.Level.DEBUG, "response ${request.method} ${request.url} -> ${response.status}")
        }
        hook?.onResponse(redact(request), redact(response))
    }
}
