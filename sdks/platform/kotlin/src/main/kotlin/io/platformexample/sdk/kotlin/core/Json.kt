package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.annotation.JsonValue
import com.fasterxml.jackson.core.JsonGenerator
import com.fasterxml.jackson.core.JsonParser
import com.fasterxml.jackson.databind.BeanProperty
import com.fasterxml.jackson.databind.DeserializationContext
import com.fasterxml.jackson.databind.DeserializationFeature
import com.fasterxml.jackson.databind.JavaType
import com.fasterxml.jackson.databind.JsonDeserializer
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.ObjectReader
import com.fasterxml.jackson.databind.PropertyName
import com.fasterxml.jackson.databind.SerializationFeature
import com.fasterxml.jackson.databind.SerializerProvider
import com.fasterxml.jackson.databind.annotation.JsonDeserialize
import com.fasterxml.jackson.databind.annotation.JsonSerialize
import com.fasterxml.jackson.databind.deser.ContextualDeserializer
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.introspect.Annotated
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector
import com.fasterxml.jackson.databind.json.JsonMapper
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.JsonNodeFactory
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import java.lang.reflect.Type
import java.time.DateTimeException
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.format.DateTimeParseException
import java.util.concurrent.ConcurrentHashMap

/**
 * The JSON mapper every model is read and written with. Models carry their wire names in
 * Jackson annotations, so any mapper works for them; this one adds `java.time` dates as
 * ISO 8601 strings, and keeps an object's `""` key among its additional properties (see
 * [AnySetterNames]).
 */
object Json {
    val mapper: ObjectMapper =
        JsonMapper
            .builder()
            .addModule(
                SimpleModule("sdkgen")
                    .addSerializer(OffsetDateTime::class.java, OffsetDateTimeSerializer())
                    .addDeserializer(OffsetDateTime::class.java, OffsetDateTimeDeserializer())
                    .addSerializer(LocalDate::class.java, LocalDateSerializer())
                    .addDeserializer(LocalDate::class.java, LocalDateDeserializer()),
            ).enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .annotationIntrospector(AnySetterNames())
            .build()

    /** [value] (a model, map, list, scalar or JsonNode) as a JSON tree. */
    fun tree(value: Any?): JsonNode = if (value == null) JsonNodeFactory.instance.nullNode() else mapper.valueToTree(value)

    /** A JSON tree from any value: `Json.of(mapOf("a" to 1))`. */
    fun of(value: Any?): JsonNode = tree(value)

    // one reader per type: building one resolves the type and finds its deserializer each time
    private val readers = ConcurrentHashMap<Type, ObjectReader>()

    private fun reader(type: Type): ObjectReader =
        readers[type] ?: readers.computeIfAbsent(type) { mapper.readerFor(mapper.typeFactory.constructType(it)) }

    /** Decode [node] into [type] (generics kept). */
    fun <T> decode(
        node: JsonNode,
        type: Type,
    ): T = reader(type).readValue(node)

    /** Decode JSON [bytes] into [type] (generics kept), in one pass. */
    fun <T> decode(
        bytes: ByteArray,
        type: Type,
    ): T = reader(type).readValue(bytes)

    /** [value] as compact JSON text. */
    fun encode(value: Any?): String = mapper.writeValueAsString(value)

    /** Plain Kotlin values (maps, lists, strings, numbers, booleans, null) from a JSON tree. */
    fun plain(node: JsonNode): Any? = mapper.treeToValue(node, Any::class.java)
}

/** An enum of the API: its wire [value]. Generated enums accept values this SDK does not know. */
interface WireEnum<out T : Any> {
    @get:JsonValue
    val value: T
}

/**
 * A value that may be left out, as opposed to `null`: an optional field whose schema also
 * allows null has three states, [Absent] (not sent / not received), `Present(null)` and
 * `Present(value)`.
 */
@JsonSerialize(using = OmittableSerializer::class)
@JsonDeserialize(using = OmittableDeserializer::class)
sealed interface Omittable<out T> {
    /** Not sent, or not received. */
    data object Absent : Omittable<Nothing>

    /** Sent or received, possibly as null. */
    data class Present<out T>(
        val value: T,
    ) : Omittable<T>

    /** The value, or null when absent. */
    fun getOrNull(): T? = (this as? Present<T>)?.value

    val isPresent: Boolean get() = this is Present<*>

    companion object {
        fun <T> of(value: T): Omittable<T> = Present(value)

        fun <T> absent(): Omittable<T> = Absent
    }
}

internal class OmittableSerializer : StdSerializer<Omittable<*>>(Omittable::class.java, false) {
    override fun isEmpty(
        provider: SerializerProvider,
        value: Omittable<*>?,
    ): Boolean = value == null || value is Omittable.Absent

    override fun serialize(
        value: Omittable<*>,
        gen: JsonGenerator,
        provider: SerializerProvider,
    ) {
        when (value) {
            is Omittable.Present<*> -> provider.defaultSerializeValue(value.value, gen)
            Omittable.Absent -> gen.writeNull()
        }
    }
}

internal class OmittableDeserializer(
    private val inner: JsonDeserializer<Any>? = null,
) : StdDeserializer<Omittable<*>>(Omittable::class.java),
    ContextualDeserializer {
    override fun createContextual(
        ctxt: DeserializationContext,
        property: BeanProperty?,
    ): JsonDeserializer<*> {
        val type: JavaType = property?.type ?: ctxt.contextualType
        val valueType = type.containedTypeOrUnknown(0)
        return OmittableDeserializer(ctxt.findContextualValueDeserializer(valueType, property))
    }

    override fun deserialize(
        p: JsonParser,
        ctxt: DeserializationContext,
    ): Omittable<*> {
        val deserializer = inner ?: ctxt.findRootValueDeserializer(ctxt.constructType(Any::class.java))
        return Omittable.Present(deserializer.deserialize(p, ctxt))
    }

    override fun getNullValue(ctxt: DeserializationContext): Omittable<*> = Omittable.Present(null)

    override fun getAbsentValue(ctxt: DeserializationContext): Any = Omittable.Absent
}

internal class OffsetDateTimeSerializer : StdSerializer<OffsetDateTime>(OffsetDateTime::class.java) {
    override fun serialize(
        value: OffsetDateTime,
        gen: JsonGenerator,
        provider: SerializerProvider,
    ) {
        gen.writeString(formatDateTime(value))
    }
}

internal class OffsetDateTimeDeserializer : StdDeserializer<OffsetDateTime>(OffsetDateTime::class.java) {
    override fun deserialize(
        p: JsonParser,
        ctxt: DeserializationContext,
    ): OffsetDateTime {
        val text = p.valueAsString ?: return ctxt.handleUnexpectedToken(OffsetDateTime::class.java, p) as OffsetDateTime
        return parseDateTime(text)
            ?: ctxt.handleWeirdStringValue(OffsetDateTime::class.java, text, "not an RFC 3339 date-time") as OffsetDateTime
    }
}

internal class LocalDateSerializer : StdSerializer<LocalDate>(LocalDate::class.java) {
    override fun serialize(
        value: LocalDate,
        gen: JsonGenerator,
        provider: SerializerProvider,
    ) {
        gen.writeString(value.toString())
    }
}

internal class LocalDateDeserializer : StdDeserializer<LocalDate>(LocalDate::class.java) {
    override fun deserialize(
        p: JsonParser,
        ctxt: DeserializationContext,
    ): LocalDate {
        val text = p.valueAsString ?: return ctxt.handleUnexpectedToken(LocalDate::class.java, p) as LocalDate
        return try {
            LocalDate.parse(text.trim())
        } catch (_: DateTimeParseException) {
            ctxt.handleWeirdStringValue(LocalDate::class.java, text, "not an ISO 8601 date") as LocalDate
        }
    }
}

/** ISO 8601 in UTC with `Z`, as the API expects. */
fun formatDateTime(value: OffsetDateTime): String = DateTimeFormatter.ISO_INSTANT.format(value)

/** RFC 3339 / ISO 8601 (`Z` or an offset; none means UTC; a space for `T` is accepted), or null. */
fun parseDateTime(text: String): OffsetDateTime? = DateTimes.exact(text) ?: DateTimes.general(text)

/**
 * Reading date-times: [exact] reads the form APIs nearly always send, `2024-05-01T12:30:00(.123)Z`
 * or with a `+hh:mm` offset, without `java.time`'s general parser (a large part of decoding a
 * model); anything else goes to [general]. Both give the same result for any text [exact] reads.
 */
internal object DateTimes {
    /** The date-time of [text] in exactly the usual form, or null for any other form or a field out of range. */
    fun exact(text: String): OffsetDateTime? {
        val length = text.length
        if (length < MIN_LENGTH || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':') {
            return null
        }
        val year = digits(text, 0, 4)
        val month = digits(text, 5, 2)
        val day = digits(text, 8, 2)
        val hour = digits(text, 11, 2)
        val minute = digits(text, 14, 2)
        val second = digits(text, 17, 2)
        if ((year or month or day or hour or minute or second) < 0) return null
        var index = SECONDS_END
        var nanos = 0
        if (text[index] == '.') {
            val start = ++index
            while (index < length && index - start < MAX_FRACTION + 1 && text[index] in '0'..'9') {
                nanos = nanos * 10 + (text[index] - '0')
                index++
            }
            val count = index - start
            if (count == 0 || count > MAX_FRACTION) return null
            repeat(MAX_FRACTION - count) { nanos *= 10 }
        }
        val offset =
            when {
                index == length - 1 && text[index] == 'Z' -> ZoneOffset.UTC
                index == length - OFFSET_LENGTH && (text[index] == '+' || text[index] == '-') && text[index + 3] == ':' -> {
                    val hours = digits(text, index + 1, 2)
                    val minutes = digits(text, index + 4, 2)
                    if (hours < 0 || minutes < 0 || hours > MAX_OFFSET_HOURS || minutes > MAX_MINUTE) return null
                    val seconds = hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE
                    if (seconds > MAX_OFFSET_HOURS * SECONDS_PER_HOUR) return null
                    ZoneOffset.ofTotalSeconds(if (text[index] == '-') -seconds else seconds)
                }
                else -> return null
            }
        return try {
            OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset)
        } catch (_: DateTimeException) {
            null // e.g. February 30th: the general parser decides
        }
    }

    /** Any text `java.time` reads as an offset date-time, or a local one (taken as UTC); a space may stand for `T`. */
    fun general(text: String): OffsetDateTime? {
        val trimmed = text.trim().replace(' ', 'T')
        return try {
            OffsetDateTime.parse(trimmed)
        } catch (_: DateTimeParseException) {
            try {
                LocalDateTime.parse(trimmed).atOffset(ZoneOffset.UTC)
            } catch (_: DateTimeParseException) {
                null
            }
        }
    }

    /** The value of [count] ASCII digits at [start], or -1 when one is not a digit. */
    private fun digits(
        text: String,
        start: Int,
        count: Int,
    ): Int {
        var value = 0
        for (index in start until start + count) {
            val char = text[index]
            if (char !in '0'..'9') return -1
            value = value * 10 + (char - '0')
        }
        return value
    }

    private const val MIN_LENGTH = 20
    private const val SECONDS_END = 19
    private const val MAX_FRACTION = 9
    private const val OFFSET_LENGTH = 6
    private const val MAX_OFFSET_HOURS = 18
    private const val MAX_MINUTE = 59
    private const val SECONDS_PER_HOUR = 3600
    private const val SECONDS_PER_MINUTE = 60
}

/** The JSON kind a union variant needs before it is even tried. */
enum class JsonKind { OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, ANY }

/**
 * One member of a union: its [type], the JSON [kind] it takes, and for objects the keys it
 * requires and the constant values it pins (e.g. `connected: true`); [wrap] turns the decoded
 * value into the union type.
 */
class UnionVariant<T>(
    val type: Type,
    val kind: JsonKind,
    val required: Set<String> = emptySet(),
    val consts: Map<String, Any> = emptyMap(),
    val wrap: (Any?) -> T,
)

/**
 * Decodes a union: by the [discriminator] property and [mapping] when the spec gives them,
 * otherwise the first variant whose kind, required keys and constants fit and that decodes.
 * JSON that fits no variant is kept by [unknown], never an error.
 */
abstract class UnionDeserializer<T : Any>(
    union: Class<T>,
    private val variants: List<UnionVariant<T>>,
    private val unknown: (JsonNode) -> T,
    private val discriminator: String? = null,
    private val mapping: Map<String, UnionVariant<T>> = emptyMap(),
) : StdDeserializer<T>(union) {
    override fun deserialize(
        p: JsonParser,
        ctxt: DeserializationContext,
    ): T {
        val node: JsonNode = ctxt.readTree(p)
        if (discriminator != null && node.isObject && node.has(discriminator)) {
            val tag = node.get(discriminator)
            val variant = mapping[if (tag.isTextual) tag.asText() else tag.toString()]
            if (variant != null) return attempt(variant, node, ctxt) ?: unknown(node)
        }
        for (variant in variants) {
            if (fits(variant, node)) {
                attempt(variant, node, ctxt)?.let { return it }
            }
        }
        return unknown(node)
    }

    override fun getNullValue(ctxt: DeserializationContext): T? = null

    private fun attempt(
        variant: UnionVariant<T>,
        node: JsonNode,
        ctxt: DeserializationContext,
    ): T? =
        try {
            variant.wrap(ctxt.readTreeAsValue<Any>(node, ctxt.constructType(variant.type)))
        } catch (_: java.io.IOException) {
            null
        } catch (_: IllegalArgumentException) {
            null
        }

    private fun fits(
        variant: UnionVariant<T>,
        node: JsonNode,
    ): Boolean {
        val kindFits =
            when (variant.kind) {
                JsonKind.OBJECT -> node.isObject
                JsonKind.ARRAY -> node.isArray
                JsonKind.STRING -> node.isTextual
                JsonKind.INTEGER -> node.isIntegralNumber
                JsonKind.NUMBER -> node.isNumber
                JsonKind.BOOLEAN -> node.isBoolean
                JsonKind.ANY -> true
            }
        if (!kindFits) return false
        if (variant.kind != JsonKind.OBJECT) return true
        return variant.required.all { node.has(it) } &&
            variant.consts.all { (key, value) -> node.has(key) && sameJson(node.get(key), Json.tree(value)) }
    }

    private fun sameJson(
        a: JsonNode,
        b: JsonNode,
    ): Boolean = if (a.isNumber && b.isNumber) a.decimalValue().compareTo(b.decimalValue()) == 0 else a == b
}

/**
 * Names a constructor's `@JsonAnySetter` parameter with a name no JSON key has. Jackson leaves it
 * unnamed, that is named `""`, so a document's `""` key was bound to the whole map and failed.
 */
internal class AnySetterNames : JacksonAnnotationIntrospector() {
    override fun findNameForDeserialization(a: Annotated): PropertyName? =
        if (a is AnnotatedParameter && hasAnySetter(a) == true) ANY_SETTER else super.findNameForDeserialization(a)

    private companion object {
        private const val serialVersionUID = 1L
        val ANY_SETTER: PropertyName = PropertyName.construct("\u0000additionalProperties")
    }
}
