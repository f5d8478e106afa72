package contract

import ai.axhub.sdk.kotlin.core.Json
import com.fasterxml.jackson.core.JacksonException
import java.math.BigDecimal
import java.nio.file.Files
import java.nio.file.Path
import kotlin.io.path.isDirectory
import kotlin.io.path.listDirectoryEntries
import kotlin.io.path.name
import kotlin.io.path.readText

/*
 * The scenario format of tests/contract/README.md: validation (the same checks and messages as
 * validate_scenario of the Python runner and Format.java of the Java one), variables, dotted
 * paths, values and matchers. JSON values are plain Kotlin values as Jackson reads them: Map,
 * List, String, Number, Boolean and null.
 */

/** A step did not do what it expects; the message goes into the FAIL line. */
class StepFailure(
    message: String,
) : Exception(message)

/** The scenario files cannot be run (the runner exits with 2). */
class BadScenarios(
    message: String,
) : Exception(message)

/** What a dotted path that leads nowhere gives (a JSON null does exist). */
object Missing

val HELPERS = listOf("paginate", "wait", "tail")
val ERROR_CLASSES =
    listOf(
        "BadRequest",
        "Authentication",
        "PermissionDenied",
        "NotFound",
        "Conflict",
        "PreconditionFailed",
        "UnprocessableEntity",
        "PreconditionRequired",
        "RateLimit",
        "Client",
        "Server",
        "Connection",
        "Timeout",
    )

/** The APIs a scenario may name: the first is the default (the folder's `*.json`); each other's are in a folder of its name. */
val API_NAMES = listOf("axhub", "deplite", "platform")

private val SCENARIO_KEYS = setOf("name", "description", "api", "token", "vars", "steps")
private val STEP_KEYS =
    setOf(
        "description",
        "operation",
        "helper",
        "token",
        "signingKey",
        "pathParams",
        "query",
        "body",
        "headers",
        "options",
        "raw",
        "helperOptions",
        "expect",
        "capture",
    )
private val OPTION_KEYS = setOf("maxRetries", "timeoutSeconds", "idempotencyKey")
private val HELPER_OPTION_KEYS =
    mapOf(
        "paginate" to emptySet(),
        "wait" to setOf("timeoutSeconds", "intervalSeconds"),
        "tail" to setOf("take", "timeoutSeconds", "intervalSeconds"),
    )
private val SUCCESS_KEYS =
    setOf("status", "headers", "empty", "fields", "present", "absent", "count", "minCount", "elapsedAtLeast")
private val ERROR_KEYS = setOf("error", "status", "code", "retryAfter", "fields", "elapsedAtLeast")
private val MATCHERS = setOf("\$prefix", "\$contains", "\$type", "\$len", "\$plus", "\$oneOf")
private val JSON_TYPES = listOf("string", "number", "integer", "boolean", "null", "object", "array")
private val VAR_RE = Regex("""\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*}}""")
private val WHOLE_VAR_RE = Regex("""^\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*}}$""")
private val INDEX_RE = Regex("^[0-9]+$")

@Suppress("UNCHECKED_CAST")
fun asObject(value: Any?): Map<String, Any?>? = value as? Map<String, Any?>

@Suppress("UNCHECKED_CAST")
fun asList(value: Any?): List<Any?>? = value as? List<Any?>

private fun unknownKeys(
    obj: Map<String, Any?>,
    allowed: Set<String>,
): List<String> = obj.keys.filter { it !in allowed }.sorted()

private fun nonEmptyString(value: Any?): Boolean = value is String && value.isNotEmpty()

fun isInt(value: Any?): Boolean {
    if (value !is Number) return false
    val d = value.toDouble()
    return d.isFinite() && d == Math.rint(d)
}

// ---------------------------------------------------------------- validation

/** Every problem of one scenario document (empty when it is well formed); [stem] is its file name without `.json`. */
fun validateScenario(
    doc: Any?,
    stem: String?,
): List<String> {
    val scenario = asObject(doc) ?: return listOf("a scenario is a JSON object")
    val problems = mutableListOf<String>()
    unknownKeys(scenario, SCENARIO_KEYS).forEach { problems += "unknown scenario key \"$it\"" }
    val name = scenario["name"]
    if (!nonEmptyString(name)) {
        problems += "name must be a non-empty string"
    } else if (!stem.isNullOrEmpty() && name != stem) {
        problems += "name \"$name\" differs from the file name \"$stem\""
    }
    if (!nonEmptyString(scenario["description"])) problems += "description must be a non-empty string"
    if (scenario["token"] != null && scenario["token"] !is String) problems += "token must be a string or null"
    if ("vars" in scenario && asObject(scenario["vars"]) == null) problems += "vars must be an object"
    if ("api" in scenario && scenario["api"] !in API_NAMES) problems += "api must be one of ${API_NAMES.joinToString(", ")}"
    val steps = asList(scenario["steps"])
    if (steps.isNullOrEmpty()) {
        problems += "steps must be a non-empty array"
        return problems
    }
    steps.forEachIndexed { i, step -> validateStep(step).forEach { problems += "step ${i + 1}: $it" } }
    return problems
}

private fun validateStep(raw: Any?): List<String> {
    val step = asObject(raw) ?: return listOf("a step is a JSON object")
    val problems = mutableListOf<String>()
    unknownKeys(step, STEP_KEYS).forEach { problems += "unknown step key \"$it\"" }
    if (!nonEmptyString(step["operation"])) problems += "operation must be an operationId"
    var helper = ""
    if (step["helper"] != null) {
        val name = step["helper"]
        if (name is String && name in HELPERS) helper = name else problems += "helper must be one of ${HELPERS.joinToString(", ")}"
    }
    if (step["token"] != null && step["token"] !is String) problems += "token must be a string or null"
    if ("signingKey" in step) {
        val key = asObject(step["signingKey"])
        if (key == null || key.size != 2 || key["keyId"] !is String || key["secret"] !is String) {
            problems += "signingKey must be {keyId, secret} (strings)"
        }
    }
    for (key in listOf("pathParams", "query", "headers", "options", "helperOptions", "capture")) {
        if (key in step && asObject(step[key]) == null) problems += "$key must be an object"
    }
    asObject(step["options"])?.let { options -> unknownKeys(options, OPTION_KEYS).forEach { problems += "unknown option \"$it\"" } }
    if ("helperOptions" in step) {
        val options = asObject(step["helperOptions"])
        if (helper.isEmpty()) {
            problems += "helperOptions needs a helper"
        } else if (options != null) {
            unknownKeys(options, HELPER_OPTION_KEYS.getValue(helper)).forEach {
                problems += "unknown helperOptions key \"$it\" for $helper"
            }
        }
    }
    if ("raw" in step) {
        val raw = step["raw"]
        if (raw !is Boolean || (raw && helper.isNotEmpty())) problems += "raw must be a boolean, and only on plain calls"
    }
    asObject(step["capture"])?.forEach { (name, spec) ->
        if (spec !is String) {
            val form = asObject(spec)
            if (form == null || form.size != 2 || "path" !in form || form["regex"] !is String) {
                problems += "capture \"$name\" must be a path or {path, regex}"
            }
        }
    }
    val expect = asObject(step["expect"])
    if (expect == null) {
        problems += "expect must be an object"
        return problems
    }
    if ("error" in expect) {
        unknownKeys(expect, ERROR_KEYS).forEach { problems += "unknown expect key \"$it\" for an error" }
        val name = expect["error"]
        if (name !is String || name !in ERROR_CLASSES) problems += "error must be one of ${ERROR_CLASSES.joinToString(", ")}"
        if ("capture" in step) problems += "capture needs a success"
        if ("fields" in expect && (name == "Connection" || name == "Timeout")) {
            problems += "fields (of the error body) need an error with a response"
        }
    } else {
        unknownKeys(expect, SUCCESS_KEYS).forEach { problems += "unknown expect key \"$it\"" }
        if (("status" in expect || "headers" in expect) && step["raw"] != true) problems += "a success status or headers need raw: true"
        if (("count" in expect || "minCount" in expect) && helper != "paginate" && helper != "tail") {
            problems += "count/minCount need the paginate or tail helper"
        }
    }
    val matched = mutableMapOf<String, Any?>()
    for (key in listOf("fields", "headers")) {
        if (key !in expect) continue
        val values = asObject(expect[key])
        if (values == null) {
            problems += "expect.$key must be an object"
            return problems
        }
        matched += values
    }
    for (key in listOf("present", "absent")) {
        if (key in expect && asList(expect[key])?.all { it is String } != true) problems += "expect.$key must be an array of paths"
    }
    for (path in matched.keys.sorted()) {
        val (name, arg) = asMatcher(matched[path]) ?: continue
        val where = "field \"$path\": "
        when (name) {
            !in MATCHERS -> problems += "${where}unknown matcher $name"
            "\$type" -> if (arg !is String || arg !in JSON_TYPES) problems += "$where\$type must be one of $JSON_TYPES"
            "\$plus" -> {
                val list = asList(arg)
                if (list == null || list.size != 2 || list[0] !is String) problems += "$where\$plus takes [variable, number]"
            }
            "\$oneOf" -> if (asList(arg) == null) problems += "$where\$oneOf takes an array"
            "\$prefix", "\$contains" -> if (arg !is String) problems += "$where$name takes a string"
            "\$len" -> if (!isInt(arg)) problems += "$where\$len takes an integer"
        }
    }
    return problems
}

/** `{"$name": arg}` as (name, arg); null for a literal. */
fun asMatcher(value: Any?): Pair<String, Any?>? {
    val obj = asObject(value) ?: return null
    if (obj.size != 1) return null
    val (name, arg) = obj.entries.single()
    return if (name.startsWith("$")) name to arg else null
}

/** The API a scenario drives (`api`, else the default). */
fun scenarioApi(scenario: Map<String, Any?>): String = scenario["api"] as? String ?: API_NAMES[0]

/**
 * Every `*.json` of [dir], then of each other API's `dir/<api>`, each in file-name order, checked;
 * throws [BadScenarios] with every problem found.
 */
fun loadScenarios(dir: Path): List<Map<String, Any?>> {
    if (!dir.isDirectory()) throw BadScenarios("no scenarios in $dir")
    val folders =
        API_NAMES.flatMap { api ->
            val where = if (api == API_NAMES[0]) dir else dir.resolve(api)
            if (!where.isDirectory()) {
                emptyList()
            } else {
                where
                    .listDirectoryEntries("*.json")
                    .filter { Files.isRegularFile(it) }
                    .sortedBy { it.name }
                    .map { it to api }
            }
        }
    val files = folders.map { it.first }
    if (files.isEmpty()) throw BadScenarios("no scenarios in $dir")
    val found = mutableListOf<Map<String, Any?>>()
    val problems = mutableListOf<String>()
    for ((file, folder) in folders) {
        val label = dir.relativize(file).toString().replace('\\', '/')
        val doc =
            try {
                Json.mapper.readValue(file.readText(), Any::class.java)
            } catch (error: JacksonException) {
                problems += "$label: not JSON: ${error.originalMessage}"
                continue
            }
        validateScenario(doc, file.name.removeSuffix(".json")).forEach { problems += "$label: $it" }
        asObject(doc)?.let {
            val api = scenarioApi(it)
            if (api in API_NAMES && api != folder) {
                problems += "$label: api \"$api\" belongs in ${if (api == API_NAMES[0]) "the top folder" else "$api/"}"
            }
            found += it
        }
    }
    if (problems.isNotEmpty()) throw BadScenarios("bad scenarios:\n  " + problems.joinToString("\n  "))
    return found
}

// ---------------------------------------------------------------- variables, paths, values

private fun lookupVar(
    name: String,
    vars: Map<String, Any?>,
): Any? {
    if (name !in vars) throw StepFailure("undefined variable {{$name}}")
    return vars[name]
}

/** [value] with `{{name}}` replaced in every string; a string that is one variable takes the variable's JSON type. */
fun substitute(
    value: Any?,
    vars: Map<String, Any?>,
): Any? {
    if (value is String) {
        WHOLE_VAR_RE.matchEntire(value)?.let { return lookupVar(it.groupValues[1], vars) }
        return VAR_RE.replace(value) { text(lookupVar(it.groupValues[1], vars)) }
    }
    asList(value)?.let { list -> return list.map { substitute(it, vars) } }
    asObject(value)?.let { obj -> return obj.mapValuesTo(LinkedHashMap()) { substitute(it.value, vars) } }
    return value
}

/** A value as it is written into a longer string: whole numbers without a fraction. */
fun text(value: Any?): String =
    when (value) {
        null -> "null"
        is String -> value
        is Boolean -> value.toString()
        is Number -> {
            val d = value.toDouble()
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                d.toLong().toString()
            } else {
                BigDecimal(value.toString()).stripTrailingZeros().toPlainString()
            }
        }
        else -> dump(value)
    }

/** The value at a dotted path, or [Missing]. */
fun getPath(
    value: Any?,
    path: String,
): Any? {
    if (path.isEmpty()) return value
    var current = value
    for (part in path.split(".")) {
        val obj = asObject(current)
        val list = asList(current)
        current =
            when {
                obj != null -> if (part in obj) obj[part] else return Missing
                list != null -> {
                    if (!INDEX_RE.matches(part)) return Missing
                    val index = part.toIntOrNull() ?: return Missing
                    if (index >= list.size) return Missing
                    list[index]
                }
                else -> return Missing
            }
    }
    return current
}

private fun jsonType(value: Any?): String =
    when (value) {
        null -> "null"
        is Boolean -> "boolean"
        is Number -> if (isInt(value)) "integer" else "number"
        is String -> "string"
        is List<*> -> "array"
        else -> "object"
    }

/** JSON equality: numbers by value, objects by their whole key set, arrays in order, `true` never `1`. */
fun jsonEqual(
    a: Any?,
    b: Any?,
): Boolean {
    if (a == null || b == null) return a == null && b == null
    if (a is Boolean || b is Boolean) return a == b
    if (a is Number) return b is Number && Math.abs(a.toDouble() - b.toDouble()) <= 1e-9
    if (a is String) return a == b
    val la = asList(a)
    if (la != null) {
        val lb = asList(b) ?: return false
        return la.size == lb.size && la.indices.all { jsonEqual(la[it], lb[it]) }
    }
    val ma = asObject(a) ?: return false
    val mb = asObject(b) ?: return false
    return ma.size == mb.size && ma.all { (key, v) -> key in mb && jsonEqual(v, mb[key]) }
}

fun dump(value: Any?): String =
    try {
        Json.mapper.writeValueAsString(value)
    } catch (_: JacksonException) {
        value.toString()
    }

/** [dump], cut after 300 characters. */
fun shortDump(value: Any?): String {
    val s = dump(value)
    return if (s.codePointCount(0, s.length) > 300) s.substring(0, s.offsetByCodePoints(0, 300)) + "…" else s
}

/** Why [actual] does not match [expected] (a literal or a matcher), or null when it does. */
fun checkField(
    actual: Any?,
    expected: Any?,
    vars: Map<String, Any?>,
): String? {
    val matcher = asMatcher(expected)
    if (matcher == null) return if (jsonEqual(actual, expected)) null else "expected ${dump(expected)}, got ${dump(actual)}"
    val (name, arg) = matcher
    var shown = expected
    val good =
        when (name) {
            "\$prefix" -> actual is String && actual.startsWith(arg as String)
            "\$contains" -> actual is String && actual.contains(arg as String)
            "\$type" -> jsonType(actual).let { it == arg || (arg == "number" && it == "integer") }
            "\$len" -> {
                val n =
                    when {
                        actual is String -> actual.codePointCount(0, actual.length)
                        asList(actual) != null -> asList(actual)!!.size
                        asObject(actual) != null -> asObject(actual)!!.size
                        else -> -1
                    }
                n >= 0 && jsonEqual(n, arg)
            }
            "\$plus" -> {
                val (variable, delta) = asList(arg)!!
                val base = lookupVar(variable as String, vars)
                if (base !is Number || delta !is Number) throw StepFailure("\$plus needs numbers, got ${dump(base)} and ${dump(delta)}")
                shown = mapOf("\$plus" to listOf("$variable=${text(base)}", delta))
                actual is Number && jsonEqual(actual, base.toDouble() + delta.toDouble())
            }
            "\$oneOf" -> asList(arg)!!.any { jsonEqual(actual, it) }
            else -> throw StepFailure("unknown matcher $name")
        }
    return if (good) null else "expected ${dump(shown)}, got ${dump(actual)}"
}

/** Every mismatch of [fields] (dotted path to literal or matcher) in [value], in path order. */
fun checkFields(
    value: Any?,
    fields: Map<String, Any?>,
    vars: Map<String, Any?>,
): List<String> =
    fields.keys.sorted().mapNotNull { path ->
        val actual = getPath(value, path)
        if (actual === Missing) "$path: missing" else checkField(actual, fields[path], vars)?.let { "$path: $it" }
    }
