package contract

import ai.axhub.sdk.kotlin.AxHubClient
import ai.axhub.sdk.kotlin.core.ApiConnectionException
import ai.axhub.sdk.kotlin.core.ApiStatusException
import ai.axhub.sdk.kotlin.core.ApiTimeoutException
import ai.axhub.sdk.kotlin.core.AuthenticationException
import ai.axhub.sdk.kotlin.core.BadRequestException
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.core.ConflictException
import ai.axhub.sdk.kotlin.core.Json
import ai.axhub.sdk.kotlin.core.NotFoundException
import ai.axhub.sdk.kotlin.core.PermissionDeniedException
import ai.axhub.sdk.kotlin.core.PreconditionFailedException
import ai.axhub.sdk.kotlin.core.PreconditionRequiredException
import ai.axhub.sdk.kotlin.core.RateLimitException
import ai.axhub.sdk.kotlin.core.RawResponse
import ai.axhub.sdk.kotlin.core.RequestOptions
import ai.axhub.sdk.kotlin.core.ServerErrorException
import ai.axhub.sdk.kotlin.core.UnprocessableEntityException
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import java.io.IOException
import java.io.PrintStream
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Path
import java.security.SecureRandom
import java.util.HexFormat
import java.util.Locale
import kotlin.system.exitProcess
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds
import kotlin.time.toJavaDuration

// Runs every scenario file of tests/contract/scenarios against a reference server through the
// Kotlin SDK's generic surface: AxHubClient.request / requestRaw by operationId and its iterate,
// wait and tail helpers (Flows collected here). The format is tests/contract/README.md.
//
//     java contract.MainKt --base-url http://127.0.0.1:8080 [--scenarios DIR] [-k NAME]... [--no-reset]
//
// Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed"; exits 1 when
// anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.

private const val MODE = "kotlin"
private const val USAGE = "usage: contract --base-url URL [--scenarios DIR] [-k NAME]... [--no-reset]"
private const val DEFAULT_WAIT_TIMEOUT = 60.0
private const val DEFAULT_WAIT_INTERVAL = 0.1
private const val DEFAULT_TAIL_TIMEOUT = 30.0
private const val DEFAULT_TAIL_INTERVAL = 0.1

fun main(args: Array<String>) {
    val code = run(args, System.out, System.err)
    System.out.flush()
    exitProcess(code)
}

/** The whole run; returns the exit status. */
fun run(
    args: Array<String>,
    out: PrintStream,
    err: PrintStream,
): Int {
    var baseUrl: String? = null
    var dir = Path.of("tests", "contract", "scenarios")
    val selected = mutableListOf<String>()
    var reset = true
    var i = 0
    while (i < args.size) {
        val arg = args[i]
        val value = args.getOrNull(i + 1)
        when (arg) {
            "--base-url", "--scenarios", "-k", "--k" -> {
                if (value == null) return usage(err, "$arg needs a value")
                when (arg) {
                    "--base-url" -> baseUrl = value
                    "--scenarios" -> dir = Path.of(value)
                    else -> selected += value
                }
                i++
            }
            "--no-reset" -> reset = false
            else -> return usage(err, "unknown argument \"$arg\"")
        }
        i++
    }
    if (baseUrl.isNullOrEmpty()) return usage(err, "--base-url is required")
    var scenarios =
        try {
            loadScenarios(dir)
        } catch (error: BadScenarios) {
            err.println(error.message)
            return 2
        } catch (error: IOException) {
            err.println("cannot read the scenarios in $dir: $error")
            return 2
        }
    if (selected.isNotEmpty()) scenarios = scenarios.filter { s -> selected.any { (s["name"] as String).contains(it) } }
    val runner = Runner(baseUrl.trimEnd('/'))
    var passed = 0
    var failed = 0
    runner.use {
        for (scenario in scenarios) {
            val started = System.nanoTime()
            val failure = (if (reset) runner.resetServer() else null) ?: runBlocking { runner.runScenario(scenario) }
            val took = (System.nanoTime() - started) / 1e9
            if (failure == null) {
                passed++
                out.printf(Locale.ROOT, "PASS %s %s (%.2fs)%n", MODE, scenario["name"], took)
            } else {
                failed++
                out.printf(Locale.ROOT, "FAIL %s %s (%.2fs): %s%n", MODE, scenario["name"], took, failure)
            }
            out.flush()
        }
    }
    out.println("$passed passed, $failed failed")
    return if (failed > 0 || passed == 0) 1 else 0
}

private fun usage(
    err: PrintStream,
    why: String,
): Int {
    err.println("contract: $why")
    err.println(USAGE)
    return 2
}

/** The result of one call: wire-shaped, and the raw response of a raw step. */
private class Outcome(
    val result: Any?,
    val raw: RawResponse? = null,
)

/** The JSON shape of an SDK result: the SDK mapper's encoding, read back as plain values. */
fun wire(value: Any?): Any? = Json.plain(Json.tree(value))

/** The neutral name of an SDK error (tests/contract/README.md), most specific first; null for others. */
fun errorClass(error: Throwable): String? =
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
        is ApiStatusException -> "Other(${error::class.simpleName})"
        else -> null
    }

private fun describeClass(error: Throwable): String = errorClass(error) ?: error::class.java.name

private fun seconds(value: Any?): Duration = ((value as? Number)?.toDouble() ?: 0.0).seconds

/** Drives the scenarios: one SDK client per token, reused across scenarios. */
private class Runner(
    private val baseUrl: String,
) : AutoCloseable {
    private val clients = mutableMapOf<String?, AxHubClient>()
    private val random = SecureRandom()
    private val admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()

    override fun close() = clients.values.forEach { it.close() }

    /** Loads the fixture again (`POST /_admin/reset`, needs `--faults`); null or the failure. */
    fun resetServer(): String? {
        val request =
            HttpRequest
                .newBuilder(URI.create("$baseUrl/_admin/reset"))
                .timeout(120.seconds.toJavaDuration())
                .POST(HttpRequest.BodyPublishers.noBody())
                .build()
        return try {
            val status = admin.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()
            if (status == 204) null else "before step 1: POST /_admin/reset answered $status"
        } catch (error: IOException) {
            "before step 1: POST /_admin/reset failed: $error (is the server running with --faults?)"
        }
    }

    /**
     * The client of one token (null: no Authorization, built with the empty token that says so on
     * purpose), with 2 retries and a 30 s timeout.
     */
    private fun client(token: String?): AxHubClient =
        clients.getOrPut(token) {
            AxHubClient(ClientOptions(baseUrl = baseUrl, token = token ?: "", maxRetries = 2, timeout = 30.seconds))
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

    private suspend fun call(
        step: Map<String, Any?>,
        token: String?,
    ): Outcome {
        val client = client(token)
        val operation = step["operation"] as String
        val pathParams = asObject(step["pathParams"]).orEmpty()
        val query = asObject(step["query"]).orEmpty()
        val options = options(step)
        val helperOptions = asObject(step["helperOptions"]).orEmpty()
        return when (val helper = step["helper"] as? String) {
            null ->
                if (step["raw"] == true) {
                    val raw = client.requestRaw(operation, pathParams, query, step["body"], options)
                    Outcome(wire(raw.parsed()), raw)
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

    /** Null when every step passed, else the failure. */
    suspend fun runScenario(scenario: Map<String, Any?>): String? {
        val vars = mutableMapOf<String, Any?>("\$run" to HexFormat.of().formatHex(ByteArray(4).also(random::nextBytes)))
        asObject(scenario["vars"])?.let { vars += it }
        asList(scenario["steps"]).orEmpty().forEachIndexed { index, raw ->
            val step = asObject(raw)!!
            try {
                runStep(scenario, step, vars)
            } catch (failure: StepFailure) {
                return "${stepLabel(index + 1, step)}: ${failure.message}"
            } catch (error: RuntimeException) {
                return "${stepLabel(index + 1, step)}: ${error::class.java.name}: ${error.message}"
            }
        }
        return null
    }

    private fun stepLabel(
        index: Int,
        step: Map<String, Any?>,
    ): String {
        val helper = (step["helper"] as? String)?.let { "$it " } ?: ""
        val note = (step["description"] as? String)?.takeIf { it.isNotEmpty() }?.let { " ($it)" } ?: ""
        return "step $index $helper${step["operation"]}$note"
    }

    private suspend fun runStep(
        scenario: Map<String, Any?>,
        rawStep: Map<String, Any?>,
        vars: MutableMap<String, Any?>,
    ) {
        val step = rawStep.filterKeys { it != "expect" && it != "capture" }.mapValues { substitute(it.value, vars) }
        val expect = asObject(substitute(rawStep["expect"], vars))!!
        val token = (if ("token" in step) step["token"] else scenario["token"]) as String?

        val started = System.nanoTime()
        val outcome =
            try {
                call(step, token)
            } catch (error: RuntimeException) {
                checkElapsed(expect, started)
                checkError(expect, error, vars)
                return
            }
        checkElapsed(expect, started)
        if ("error" in expect) throw StepFailure("expected ${expect["error"]} error, got success ${shortDump(outcome.result)}")
        checkSuccess(expect, outcome, vars)
        asObject(rawStep["capture"])?.let { capture(it, outcome.result, vars) }
    }

    private fun checkElapsed(
        expect: Map<String, Any?>,
        started: Long,
    ) {
        val want = expect["elapsedAtLeast"] as? Number ?: return
        val elapsed = (System.nanoTime() - started) / 1e9
        if (elapsed + 0.005 < want.toDouble()) {
            throw StepFailure(String.format(Locale.ROOT, "took %.2fs, expected at least %ss", elapsed, text(want)))
        }
    }

    private fun checkError(
        expect: Map<String, Any?>,
        error: RuntimeException,
        vars: Map<String, Any?>,
    ) {
        val wantClass = expect["error"] ?: throw StepFailure("unexpected ${describeClass(error)}: ${error.message}")
        val problems = mutableListOf<String>()
        val name = describeClass(error)
        if (name != wantClass) problems += "error class $name, expected $wantClass"
        val api = error as? ApiStatusException
        if ("status" in expect && (api == null || !jsonEqual(api.status, expect["status"]))) {
            problems += "status ${api?.status ?: "none"}, expected ${text(expect["status"])}"
        }
        if ("code" in expect) {
            val code = api?.code?.takeIf { it.isNotEmpty() }
            if (!jsonEqual(code, expect["code"])) problems += "code ${dump(code)}, expected ${dump(expect["code"])}"
        }
        if ("retryAfter" in expect) {
            val retryAfter = api?.retryAfter
            if (retryAfter == null || !jsonEqual(retryAfter, expect["retryAfter"])) {
                problems += "retryAfter ${dump(retryAfter)}, expected ${dump(expect["retryAfter"])}"
            }
        }
        asObject(expect["fields"])?.let { problems += checkFields(api?.let { wire(it.body) }, it, vars) }
        if (problems.isNotEmpty()) throw StepFailure(problems.joinToString("; ") + " [$error]")
    }

    private fun checkSuccess(
        expect: Map<String, Any?>,
        outcome: Outcome,
        vars: Map<String, Any?>,
    ) {
        val result = outcome.result
        val raw = outcome.raw
        val problems = mutableListOf<String>()
        if ("status" in expect) {
            when {
                raw == null -> problems += "no raw response"
                !jsonEqual(raw.status, expect["status"]) -> problems += "status ${raw.status}, expected ${text(expect["status"])}"
            }
        }
        asObject(expect["headers"])?.let { headers ->
            for (name in headers.keys.sorted()) {
                val value = raw?.headers?.first(name)
                if (value == null) {
                    problems += "header $name: missing"
                } else {
                    checkField(value, headers[name], vars)?.let { problems += "header $name: $it" }
                }
            }
        }
        if (expect["empty"] == true && !jsonEqual(result, emptyMap<String, Any?>())) {
            problems += "expected an empty result {}, got ${shortDump(result)}"
        }
        val list = asList(result)
        val count = list?.size?.toString() ?: "-"
        (expect["count"] as? Number)?.let { want ->
            if (list == null || list.size.toDouble() != want.toDouble()) problems += "count $count, expected ${text(want)}"
        }
        (expect["minCount"] as? Number)?.let { want ->
            if (list == null || list.size < want.toDouble()) problems += "count $count, expected at least ${text(want)}"
        }
        asObject(expect["fields"])?.let { problems += checkFields(result, it, vars) }
        asList(expect["present"])?.forEach { path ->
            if (getPath(result, path as String) === Missing) problems += "$path: expected present, missing"
        }
        asList(expect["absent"])?.forEach { path ->
            val got = getPath(result, path as String)
            if (got !== Missing) problems += "$path: expected absent, got ${shortDump(got)}"
        }
        if (problems.isNotEmpty()) throw StepFailure(problems.joinToString("; ") + " [result ${shortDump(result)}]")
    }

    private fun capture(
        capture: Map<String, Any?>,
        result: Any?,
        vars: MutableMap<String, Any?>,
    ) {
        for (name in capture.keys.sorted()) {
            val spec = capture[name]
            val form = asObject(spec)
            val path = if (form != null) form["path"] as? String else spec as? String
            val pattern = form?.get("regex") as? String
            var value = if (path == null) Missing else getPath(result, path)
            if (value === Missing) throw StepFailure("capture $name: $path is missing [result ${shortDump(result)}]")
            if (pattern != null) {
                val regex =
                    try {
                        Regex(pattern)
                    } catch (error: IllegalArgumentException) {
                        throw StepFailure("capture $name: bad regex \"$pattern\": ${error.message}")
                    }
                val match = regex.find(text(value)) ?: throw StepFailure("capture $name: \"$pattern\" does not match ${shortDump(value)}")
                value = match.groupValues.getOrElse(1) { match.value }
            }
            vars[name] = value
        }
    }
}
