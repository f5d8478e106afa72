/*
 * Decodes documents into the models of generated Kotlin SDKs, checks the classes of chosen
 * values, encodes them back and compares with the input as JSON values; reads the values of an
 * enum back from its compiled class. Each SDK's own runtime mapper (`<package>.core.Json.mapper`,
 * found by reflection from the model's package: every SDK has its own runtime) does the work, as
 * the SDKs do.
 *
 * Argument: a JSON plan written by tests/generation/test_kotlin_roundtrip.py:
 * `{"documents": [{"name", "type", "document", "classes": {path: class}}], "enums": [{"class", "values"}]}`.
 * Prints one line per failure, then `N checked, M failed`; exits 1 when any failed.
 */
package roundtrip

import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.annotation.JsonValue
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import java.io.File
import java.lang.reflect.InvocationTargetException
import kotlin.system.exitProcess

/** Numbers equal as numbers (2 and 2.0); everything else as Jackson compares it. */
private val sameValue =
    Comparator<JsonNode> { a, b ->
        if (a.isNumber && b.isNumber) a.decimalValue().compareTo(b.decimalValue()) else if (a == b) 0 else 1
    }

/** The `<package>.models.` prefix of the first model class [type] names. */
private val MODEL_PACKAGE = Regex("""([A-Za-z0-9_.]+)\.models\.""")

/** Any SDK's package in the plan, for a document whose type names no model (a plain Java type). */
private var anySdk: String? = null

/** The runtime mapper of the SDK that declares the models [type] names. */
private fun mapperFor(type: String): ObjectMapper {
    val sdk = MODEL_PACKAGE.find(type)?.groupValues?.get(1) ?: anySdk ?: error("no model class in '$type'")
    val json = Class.forName("$sdk.core.Json")
    return json.getMethod("getMapper").invoke(json.getField("INSTANCE").get(null)) as ObjectMapper
}

/** Whether [value]'s class implements the runtime interface or extends the runtime class [simple] (of any SDK). */
private fun isRuntime(
    value: Any,
    simple: String,
): Boolean {
    val seen = ArrayDeque<Class<*>>(listOf(value.javaClass))
    while (seen.isNotEmpty()) {
        val type = seen.removeFirst()
        if (type.name.endsWith(".core.$simple")) return true
        type.superclass?.let { seen += it }
        seen += type.interfaces
    }
    return false
}

/** A `WireEnum`'s wire value. */
private fun wireValue(value: Any): Any? = value.javaClass.getMethod("getValue").invoke(value)

fun main(args: Array<String>) {
    val plan = ObjectMapper().readTree(File(args[0]))
    anySdk = MODEL_PACKAGE.find(plan.toString())?.groupValues?.get(1)
    val failures = mutableListOf<String>()
    var checked = 0
    for (item in plan.get("documents")) {
        val name = item.get("name").asText()
        try {
            failures += roundTrip(item).map { "$name: $it" }
        } catch (error: Exception) {
            failures += "$name: ${(error as? InvocationTargetException)?.targetException ?: error}"
        }
        checked++
    }
    for (item in plan.get("enums")) {
        failures += enumValues(item)
        checked++
    }
    failures.forEach(::println)
    println("$checked checked, ${failures.size} failed")
    if (failures.isNotEmpty()) exitProcess(1)
}

private fun roundTrip(item: JsonNode): List<String> {
    val document = item.get("document")
    val mapper = mapperFor(item.get("type").asText())
    val type = mapper.typeFactory.constructFromCanonical(item.get("type").asText())
    val decoded: Any? = mapper.readerFor(type).readValue(document)
    val problems = mutableListOf<String>()
    for ((path, expected) in item.get("classes").properties()) {
        val value = unwrap(walk(decoded, path))
        val actual = value?.javaClass?.name
        if (actual != expected.asText()) problems += "at '$path' a ${expected.asText()} was expected, not $actual"
    }
    val again = mapper.readTree(mapper.writeValueAsString(decoded))
    if (!again.equals(sameValue, document)) problems += "encoded back as $again, not $document"
    return problems
}

/** The value at a dotted path of wire names and list indexes ("" is the value itself). */
private fun walk(
    root: Any?,
    path: String,
): Any? {
    var value = root
    if (path.isEmpty()) return value
    for (step in path.split('.')) value = step(inner(unwrap(value)), step)
    return value
}

private fun step(
    value: Any?,
    key: String,
): Any? =
    when (value) {
        null -> null
        is List<*> -> value.getOrNull(key.toInt())
        is Map<*, *> -> value[key]
        else -> {
            val getter =
                value.javaClass.methods.firstOrNull {
                    it.parameterCount == 0 && it.getAnnotation(JsonProperty::class.java)?.value == key
                }
            getter?.invoke(value) ?: (value.javaClass.getMethod("getAdditionalProperties").invoke(value) as Map<*, *>)[key]
        }
    }

/** An optional field's value (`Omittable.Present`), or null when absent. */
private fun unwrap(value: Any?): Any? =
    if (value != null && isRuntime(value, "Omittable")) value.javaClass.getMethod("getOrNull").invoke(value) else value

/** What a union's wrapper class (`@JsonValue val value`) holds; any other value as it is. */
private fun inner(value: Any?): Any? {
    if (value == null || isRuntime(value, "WireEnum")) return value
    val getter = value.javaClass.methods.firstOrNull { it.parameterCount == 0 && it.isAnnotationPresent(JsonValue::class.java) }
    return if (getter != null) getter.invoke(value) else value
}

/** The values of the enum's [Known] entries, read from the compiled class, must be the spec's, exactly. */
private fun enumValues(item: JsonNode): List<String> {
    val name = item.get("class").asText()
    val known = Class.forName("$name\$Known")
    val actual = known.enumConstants.map { wireValue(it) }
    val expected = item.get("values").map { it.asText() }
    val problems = mutableListOf<String>()
    if (actual != expected) problems += "$name: the known values are $actual, not $expected"
    val mapper = mapperFor(name)
    val decoded = expected.map { mapper.readValue(mapper.writeValueAsString(it), Class.forName(name)) }
    if (decoded.map { wireValue(it) } != expected || decoded.any { !known.isInstance(it) }) {
        problems += "$name: the values do not decode to their known entries: $decoded"
    }
    return problems
}
