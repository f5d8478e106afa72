package io.platformexample.sdk.kotlin.core

import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import kotlin.reflect.javaType
import kotlin.reflect.typeOf

/** Where a parameter travels. Path parameters come from `pathParams`; the others from `query`. */
enum class ParamLocation { PATH, QUERY, HEADER, COOKIE }

/**
 * One parameter of an operation. [name] is the wire name; [style] and [explode] as in OpenAPI
 * (`form`, `simple`, `deepObject`, `pipeDelimited`, `spaceDelimited`).
 */
data class Param(
    val name: String,
    val location: ParamLocation,
    val required: Boolean = false,
    val style: String = if (location == ParamLocation.PATH || location == ParamLocation.HEADER) "simple" else "form",
    val explode: Boolean = style == "form",
)

/**
 * The pagination styles. [NEXT_URL] (the URL at `next` in the page) and [LINK_HEADER] (the
 * response's `Link` rel="next") are resolved against the page's URL and followed on the base
 * URL's origin only, with the client's credentials; another origin is refused before sending.
 */
enum class PaginationStyle { OFFSET, PAGE, CURSOR, STARTING_AFTER, NEXT_URL, LINK_HEADER }

/**
 * How a list operation pages, as data: one pager ([Paging.nextQuery]) reads it for every style.
 * Paths are lists of wire names from the page's root (`listOf("metadata", "continue")`; an empty
 * [items] path: the page is the list). [itemType] is the type each item decodes to.
 *
 * - [PaginationStyle.OFFSET]: [param] += the items on the page; [PaginationStyle.PAGE]: [param]
 *   += 1 (1-based); [PaginationStyle.CURSOR]: [param] = the token at [next];
 *   [PaginationStyle.STARTING_AFTER]: [param] = the key [next] (the id) of the page's last item;
 *   [PaginationStyle.NEXT_URL]: GET the URL at [next]; [PaginationStyle.LINK_HEADER]: GET the
 *   response's Link rel="next" (see [Paging.nextUrl]).
 * - [sizeParam] is the page-size query parameter; [total] and [hasMore] the paths of the page's
 *   count of all items and of its "more to fetch" flag.
 * - [stop] lists the rules that end the iteration: `empty`, `short` (fewer items than [sizeParam]
 *   asked for), `total`, `token` (the next token or id absent, empty or unchanged), `has_more`.
 */
data class Pagination(
    val style: PaginationStyle,
    val itemType: Type,
    val items: List<String> = emptyList(),
    val param: String? = null,
    val sizeParam: String? = null,
    val next: List<String> = emptyList(),
    val total: List<String> = emptyList(),
    val hasMore: List<String> = emptyList(),
    val stop: List<String> = emptyList(),
)

/** Poll a (GET) operation until [field] (a wire name) holds one of [terminal]. */
data class Waiter(
    val name: String,
    val field: String,
    val terminal: List<String>,
)

/**
 * Follow new items: send [param]=[value] (e.g. `direction=forward`), then the previous page's
 * next cursor, for as long as the flow is collected. Reads the operation's cursor [Pagination].
 */
data class Tail(
    val name: String,
    val param: String,
    val value: String,
)

/** What a response of one status carries, and so what a call returns for it. */
sealed interface ResponseBody {
    /** A JSON body decoded to [type]. */
    data class Json(
        val type: Type,
    ) : ResponseBody

    /** No body: the call returns [EmptyResult]. */
    data object Empty : ResponseBody

    /** A text body (`text/...`): the call returns a [String]. */
    data object Text : ResponseBody

    /** Server-sent events (`text/event-stream`): the generated method returns a `Flow<ServerSentEvent>`; [SdkClient.request] the text. */
    data object EventStream : ResponseBody

    /** Any other media type: the call returns the bytes. */
    data object Binary : ResponseBody

    /** A 3xx, never followed: the call returns a [RedirectResult]. */
    data object Redirect : ResponseBody
}

/**
 * Java types with their type arguments, for the generated operation table and unions: the same
 * types `typeOf<T>().javaType` gives (`Types.list(Pet::class.java)` equals `javaTypeOf<List<Pet>>()`),
 * built by plain calls because an inlined `typeOf` per entry makes large SDKs slow to compile.
 */
object Types {
    /** `java.util.List<item>`. */
    fun list(item: Type): Type = Parameterized(List::class.java, arrayOf(item))

    /** `java.util.Map<java.lang.String, value>`. */
    fun map(value: Type): Type = Parameterized(Map::class.java, arrayOf(String::class.java, value))

    private class Parameterized(
        private val raw: Class<*>,
        private val arguments: Array<Type>,
    ) : ParameterizedType {
        override fun getRawType(): Type = raw

        override fun getOwnerType(): Type? = null

        override fun getActualTypeArguments(): Array<Type> = arguments.clone()

        override fun getTypeName(): String = arguments.joinToString(", ", "${raw.typeName}<", ">") { it.typeName }

        override fun equals(other: Any?): Boolean =
            other is ParameterizedType &&
                other.rawType == raw &&
                other.ownerType == null &&
                other.actualTypeArguments.contentEquals(arguments)

        // as the JDK's own ParameterizedType implementations compute it, so mixed sets work
        override fun hashCode(): Int = arguments.contentHashCode() xor raw.hashCode()

        override fun toString(): String = typeName
    }
}

/** A JSON body of type [T] (generics kept: `json<List<Pet>>()`). */
@OptIn(ExperimentalStdlibApi::class)
inline fun <reified T> json(): ResponseBody.Json = ResponseBody.Json(typeOf<T>().javaType)

/** The Java type of [T] with its type arguments, for [Pagination.itemType]. */
@OptIn(ExperimentalStdlibApi::class)
inline fun <reified T> javaTypeOf(): Type = typeOf<T>().javaType

/**
 * One operation of the API, keyed by its operationId: everything the runtime needs to call it.
 *
 * [responses] maps a status (`"200"`), a class of status (`"2XX"`) or `"default"` to its body.
 * [requestContentType] is the body's media type (null: the operation takes no body).
 * [security] lists the schemes the operation accepts (empty: it takes no credentials); null means
 * the spec declares no schemes at all, and the client's `token` is sent as a bearer token.
 * [host] names the API's host the operation goes to (empty: the client's `baseUrl`); [errors] the
 * types of its declared error bodies, decoded onto [ApiStatusException.declared].
 */
data class Operation(
    val operationId: String,
    val method: String,
    val path: String,
    val params: List<Param> = emptyList(),
    val requestContentType: String? = null,
    val bodyRequired: Boolean = false,
    val responses: Map<String, ResponseBody> = emptyMap(),
    val pagination: Pagination? = null,
    val waiter: Waiter? = null,
    val tail: Tail? = null,
    val security: List<SecurityScheme>? = null,
    /** The named host ([SdkInfo.hosts]) the operation is sent to; empty: the client's `baseUrl`. */
    val host: String = "",
    /** The JSON body type the spec declares for error responses, by status, class (`4XX`) or `default`. */
    val errors: Map<String, Type> = emptyMap(),
) {
    /** The error body type declared for [status]: exact, then its class (`4XX`), then `default`; null when undeclared. */
    fun errorTypeFor(status: Int): Type? =
        errors[status.toString()]
            ?: errors["${status / 100}XX"]
            ?: errors["${status / 100}xx"]
            ?: errors["default"]

    /** The declared body for [status]: exact, then its class (`2XX`), then `default`; null when undeclared. */
    fun responseFor(status: Int): ResponseBody? =
        responses[status.toString()]
            ?: responses["${status / 100}XX"]
            ?: responses["${status / 100}xx"]
            ?: responses["default"]
}
