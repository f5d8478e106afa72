package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.core.JsonProcessingException
import com.fasterxml.jackson.databind.JsonNode
import java.io.ByteArrayOutputStream
import java.util.UUID
import java.util.concurrent.ConcurrentHashMap

/** A file in a multipart body: `mapOf("file" to FilePart("a.txt", bytes, "text/plain"))`. */
class FilePart(
    val filename: String,
    val content: ByteArray,
    val contentType: String = "application/octet-stream",
)

/** Parameters of an operation as a map keyed by wire names; generated parameter classes implement it. */
interface WireParams {
    fun toWire(): Map<String, Any?>
}

/** Query, header and cookie parameters, split by where they travel. */
internal data class RoutedParams(
    val query: List<Pair<String, String>>,
    val headers: List<Pair<String, String>>,
    val cookies: List<Pair<String, String>>,
)

/** Turning (operation, path params, query, body) into what goes on the wire; bad arguments are refused here. */
internal object Encoding {
    private val PATH_PARAM = Regex("""\{([^{}]+)}""")

    /** Path templates split once into literal text and parameter names (odd indexes), by template. */
    private val templates = ConcurrentHashMap<String, List<String>>()

    private fun pieces(path: String): List<String> =
        templates[path] ?: templates.computeIfAbsent(path) { template ->
            val pieces = mutableListOf<String>()
            var end = 0
            for (match in PATH_PARAM.findAll(template)) {
                pieces += template.substring(end, match.range.first)
                pieces += match.groupValues[1]
                end = match.range.last + 1
            }
            pieces += template.substring(end)
            pieces
        }

    /**
     * The text of a plain scalar (a string, an integer, a boolean, or an enum of one) as [stringify]
     * gives it for its JSON tree, without building the tree; null for any other value.
     */
    private fun scalarText(value: Any?): String? =
        when (value) {
            is String -> value
            is Int, is Long, is Short, is Byte, is Boolean -> value.toString()
            is WireEnum<*> -> scalarText(value.value)
            else -> null
        }

    /** One scalar as it goes into a URL or a header: booleans `true`/`false`, enums by value, dates ISO 8601. */
    fun stringify(node: JsonNode): String =
        when {
            node.isNull || node.isMissingNode -> ""
            node.isValueNode -> node.asText()
            else -> node.toString()
        }

    private fun present(value: Any?): Boolean = value != null && value != Omittable.Absent

    /**
     * Fill the path template, each value percent-encoded on its own in its parameter's style (simple,
     * label or matrix); a missing or empty value is refused.
     */
    fun renderPath(
        operation: Operation,
        pathParams: Map<String, Any?>,
    ): String {
        val pieces = pieces(operation.path)
        if (pieces.size == 1) return pieces[0]
        val out = StringBuilder(operation.path.length + PATH_ROOM)
        for ((index, piece) in pieces.withIndex()) {
            if (index % 2 == 0) {
                out.append(piece)
                continue
            }
            val value = pathParams[piece]
            val param = pathParam(operation, piece)
            val text =
                when {
                    !present(value) -> ""
                    param != null && (param.style == "label" || param.style == "matrix") ->
                        styled(piece, Json.tree(value), param.style == "label", param.explode)
                    else ->
                        scalarText(value)?.let(::encodeSegment)
                            ?: simple(Json.tree(value), param?.explode ?: false, ::encodeSegment)
                }
            if (text.isEmpty()) {
                throw InvalidArgumentException(
                    "${operation.operationId}: path parameter '$piece' is required and must not be empty (got ${describe(value)})",
                )
            }
            out.append(text)
        }
        return out.toString()
    }

    private fun pathParam(
        operation: Operation,
        name: String,
    ): Param? = operation.params.lastOrNull { it.location == ParamLocation.PATH && it.name == name }

    /**
     * OpenAPI's `label` (`.blue.black`) and `matrix` (`;color=blue;color=black`) styles, exploded or not,
     * each name, key and value percent-encoded on its own; empty when there is nothing to send.
     */
    private fun styled(
        name: String,
        node: JsonNode,
        label: Boolean,
        explode: Boolean,
    ): String {
        val empty = if (node.isContainerNode) node.isEmpty else stringify(node).isEmpty()
        if (empty) return ""
        val named = ";" + encodeSegment(name) + "="
        val prefix = if (label) "." else named
        val items =
            when {
                node.isArray -> node.map { encodeSegment(stringify(it)) }
                node.isObject -> node.properties().map { (key, value) -> encodeSegment(key) to encodeSegment(stringify(value)) }
                else -> return prefix + encodeSegment(stringify(node))
            }
        if (!explode) {
            // .blue,black  ;color=blue,black  .R,100,G,200  ;color=R,100,G,200
            return prefix + items.joinToString(",") { if (it is Pair<*, *>) "${it.first},${it.second}" else "$it" }
        }
        // .blue.black  ;color=blue;color=black  .R=100.G=200  ;R=100;G=200
        val lead = if (label) "." else ";"
        return items.joinToString("") { if (it is Pair<*, *>) "$lead${it.first}=${it.second}" else "$prefix$it" }
    }

    private const val PATH_ROOM = 64

    private fun describe(value: Any?): String = if (value is String) "\"$value\"" else value.toString()

    /** OpenAPI `simple` style (path and header parameters). */
    private fun simple(
        node: JsonNode,
        explode: Boolean,
        quote: (String) -> String,
    ): String =
        when {
            node.isArray -> node.joinToString(",") { quote(stringify(it)) }
            node.isObject ->
                node.properties().joinToString(",") { (key, value) ->
                    quote(key) + (if (explode) "=" else ",") + quote(stringify(value))
                }
            else -> quote(stringify(node))
        }

    /** Percent-encode everything but RFC 3986 unreserved characters; `.` and `..` are encoded too. */
    fun encodeSegment(text: String): String {
        if (text == "." || text == "..") return text.replace(".", "%2E")
        return percentEncode(text, spaceAsPlus = false)
    }

    private fun percentEncode(
        text: String,
        spaceAsPlus: Boolean,
    ): String {
        val out = StringBuilder()
        for (byte in text.toByteArray(Charsets.UTF_8)) {
            val c = byte.toInt() and 0xFF
            when {
                c in 'a'.code..'z'.code ||
                    c in 'A'.code..'Z'.code ||
                    c in '0'.code..'9'.code ||
                    c == '-'.code ||
                    c == '.'.code ||
                    c == '_'.code ||
                    c == '~'.code -> out.append(c.toChar())
                c == ' '.code && spaceAsPlus -> out.append('+')
                else -> out.append('%').append(HEX[c shr 4]).append(HEX[c and 0xF])
            }
        }
        return out.toString()
    }

    private const val HEX = "0123456789ABCDEF"

    /** One query parameter as (key, value) pairs, per its style and explode. */
    fun queryPairs(
        name: String,
        value: Any?,
        param: Param?,
    ): List<Pair<String, String>> {
        if (!present(value)) return emptyList()
        scalarText(value)?.let { return listOf(name to it) }
        val node = Json.tree(value)
        if (node.isNull) return emptyList()
        val style = param?.style ?: "form"
        val explode = param?.explode ?: true
        return when {
            style == "deepObject" && node.isObject -> deepPairs(name, node)
            node.isArray -> {
                val items = node.filterNot { it.isNull }.map(::stringify)
                if (explode) {
                    items.map { name to it }
                } else {
                    val separator =
                        when (style) {
                            "pipeDelimited" -> "|"
                            "spaceDelimited" -> " "
                            else -> ","
                        }
                    listOf(name to items.joinToString(separator))
                }
            }
            node.isObject -> {
                val entries = node.properties().filterNot { it.value.isNull }.map { it.key to stringify(it.value) }
                if (explode) entries else listOf(name to entries.joinToString(",") { "${it.first},${it.second}" })
            }
            else -> listOf(name to stringify(node))
        }
    }

    private fun deepPairs(
        prefix: String,
        node: JsonNode,
    ): List<Pair<String, String>> =
        when {
            node.isObject -> node.properties().filterNot { it.value.isNull }.flatMap { deepPairs("$prefix[${it.key}]", it.value) }
            node.isArray -> node.flatMap { deepPairs(prefix, it) }
            else -> listOf(prefix to stringify(node))
        }

    /**
     * Split [query] by each parameter's location; keys the operation does not declare are query
     * parameters. A missing required query, header or cookie parameter is left for the server to
     * reject (as every SDK of this generator does); only a missing path parameter is refused here.
     */
    fun route(
        operation: Operation,
        query: Map<String, Any?>,
    ): RoutedParams {
        if (query.isEmpty()) return NOTHING_ROUTED
        val pairs = mutableListOf<Pair<String, String>>()
        val headers = mutableListOf<Pair<String, String>>()
        val cookies = mutableListOf<Pair<String, String>>()
        for ((name, value) in query) {
            if (!present(value)) continue
            val param = operation.params.lastOrNull { it.location != ParamLocation.PATH && it.name == name }
            when (param?.location) {
                ParamLocation.HEADER -> headers += name to simple(Json.tree(value), param.explode) { it }
                ParamLocation.COOKIE -> cookies += name to simple(Json.tree(value), false) { percentEncode(it, false) }
                else -> pairs += queryPairs(name, value, param)
            }
        }
        return RoutedParams(pairs, headers, cookies)
    }

    private val NOTHING_ROUTED = RoutedParams(emptyList(), emptyList(), emptyList())

    fun queryString(pairs: List<Pair<String, String>>): String =
        pairs.joinToString("&") { (key, value) -> percentEncode(key, false) + "=" + percentEncode(value, false) }

    private fun mediaType(contentType: String): String = contentType.substringBefore(';').trim().lowercase()

    /** The body as bytes and its Content-Type, per the operation's request media type (JSON by default). */
    fun body(
        operation: Operation,
        body: Any?,
    ): Pair<ByteArray, String>? {
        if (!present(body)) {
            if (operation.bodyRequired) throw InvalidArgumentException("${operation.operationId}: a request body is required")
            return null
        }
        val contentType = operation.requestContentType ?: "application/json"
        val media = mediaType(contentType)
        val where = operation.operationId
        return when {
            media == "application/json" || media.endsWith("+json") ->
                try {
                    Json.mapper.writeValueAsBytes(body) to contentType
                } catch (error: JsonProcessingException) {
                    throw InvalidArgumentException("$where: the body cannot be sent as JSON: ${error.originalMessage}", error)
                }
            media == "application/x-www-form-urlencoded" -> {
                val pairs = fields(where, body).flatMap { (name, value) -> queryPairs(name, value, null) }
                queryString(pairs).toByteArray(Charsets.US_ASCII) to contentType
            }
            media == "multipart/form-data" -> multipart(where, body)
            body is ByteArray -> body to contentType
            body is String -> body.toByteArray(Charsets.UTF_8) to contentType
            else -> throw InvalidArgumentException(
                "$where: a $contentType body must be a ByteArray or a String, not ${body!!::class.simpleName}",
            )
        }
    }

    private fun fields(
        where: String,
        body: Any?,
    ): List<Pair<String, Any?>> {
        if (body is Map<*, *>) return body.entries.map { it.key.toString() to it.value }
        val node = Json.tree(body)
        if (!node.isObject) throw InvalidArgumentException("$where: a form body must be a map or a model")
        return node.properties().map { it.key to it.value }
    }

    private fun multipart(
        where: String,
        body: Any?,
    ): Pair<ByteArray, String> {
        val boundary = UUID.randomUUID().toString().replace("-", "")
        val out = ByteArrayOutputStream()

        fun write(text: String) = out.write(text.toByteArray(Charsets.UTF_8))
        for ((name, value) in fields(where, body)) {
            val items = if (value is List<*>) value else listOf(value)
            for (item in items) {
                if (!present(item) || (item is JsonNode && item.isNull)) continue
                write("--$boundary\r\n")
                val disposition = "Content-Disposition: form-data; name=\"${headerQuote(name)}\""
                when (item) {
                    is FilePart -> {
                        write("$disposition; filename=\"${headerQuote(item.filename)}\"\r\nContent-Type: ${item.contentType}\r\n\r\n")
                        out.write(item.content)
                    }
                    is ByteArray -> {
                        write("$disposition; filename=\"${headerQuote(name)}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        out.write(item)
                    }
                    else -> write("$disposition\r\n\r\n" + stringify(Json.tree(item)))
                }
                write("\r\n")
            }
        }
        write("--$boundary--\r\n")
        return out.toByteArray() to "multipart/form-data; boundary=$boundary"
    }

    private fun headerQuote(text: String): String = text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
}
