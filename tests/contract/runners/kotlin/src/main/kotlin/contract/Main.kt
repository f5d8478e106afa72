package contract

import kotlinx.coroutines.runBlocking
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

// Runs tests/contract/scenarios (AxHub's *.json and every other API's <api>/*.json) against each
// API's reference server through its Kotlin SDK's generic surface: request / requestRaw by
// operationId and the iterate, wait and tail helpers (Flows collected here; see ApiDriver.kt). The
// format is tests/contract/README.md.
//
//     java contract.MainKt --base-url http://127.0.0.1:8080 [--server deplite=URL]... [--api NAME]...
//         [--scenarios DIR] [-k NAME]... [--no-reset]
//
// Prints one PASS/FAIL line per scenario, then exactly "N passed, N failed"; exits 1 when
// anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.

private const val MODE = "kotlin"
private const val USAGE =
    "usage: contract [--base-url URL] [--server API=URL]... [--api NAME]... [--scenarios DIR] [-k NAME]... [--no-reset]"
internal const val DEFAULT_WAIT_TIMEOUT = 60.0
internal const val DEFAULT_WAIT_INTERVAL = 0.1
internal const val DEFAULT_TAIL_TIMEOUT = 30.0
internal const val DEFAULT_TAIL_INTERVAL = 0.1

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
    val servers = mutableMapOf<String, String>()
    val apis = mutableListOf<String>()
    var dir = Path.of("tests", "contract", "scenarios")
    val selected = mutableListOf<String>()
    var reset = true
    var i = 0
    while (i < args.size) {
        val arg = args[i]
        val value = args.getOrNull(i + 1)
        when (arg) {
            "--base-url", "--server", "--api", "--scenarios", "-k", "--k" -> {
                if (value == null) return usage(err, "$arg needs a value")
                when (arg) {
                    "--base-url" -> servers[API_NAMES[0]] = value.trimEnd('/')
                    "--server" -> {
                        val api = value.substringBefore('=', "")
                        val url = value.substringAfter('=', "")
                        if (api !in API_NAMES || !url.matches(Regex("https?://.+"))) {
                            return usage(err, "--server $value: expected API=URL with API one of ${API_NAMES.joinToString(", ")}")
                        }
                        servers[api] = url.trimEnd('/')
                    }
                    "--api" -> if (value in API_NAMES) apis += value else return usage(err, "--api $value: unknown API")
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
    if (servers.isEmpty()) return usage(err, "--base-url is required (or --server API=URL)")
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
    if (apis.isNotEmpty()) scenarios = scenarios.filter { scenarioApi(it) in apis }
    val missing = scenarios.map(::scenarioApi).filter { it !in servers }.toSortedSet()
    if (missing.isNotEmpty()) {
        err.println(
            "no server for the scenarios of ${missing.joinToString(", ")}: pass --base-url (axhub) or --server API=URL " +
                "(or select other scenarios with --api / -k)",
        )
        return 2
    }
    val runner = Runner(servers)
    var passed = 0
    var failed = 0
    runner.use {
        for (scenario in scenarios) {
            val started = System.nanoTime()
            val root = servers.getValue(scenarioApi(scenario))
            val failure = (if (reset) runner.resetServer(root) else null) ?: runBlocking { runner.runScenario(scenario) }
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

internal fun seconds(value: Any?): Duration = ((value as? Number)?.toDouble() ?: 0.0).seconds

/** Drives the scenarios: one [ApiDriver] per API (made when its first scenario runs), reused across scenarios. */
private class Runner(
    private val servers: Map<String, String>,
) : AutoCloseable {
    private val drivers = mutableMapOf<String, ApiDriver>()
    private val random = SecureRandom()
    private val admin = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()

    override fun close() = drivers.values.forEach { it.close() }

    private fun driver(scenario: Map<String, Any?>): ApiDriver {
        val api = scenarioApi(scenario)
        return drivers.getOrPut(api) { DRIVERS.getValue(api)(servers.getValue(api)) }
    }

    /** Loads the fixture again (`POST /_admin/reset`, needs `--faults`); null or the failure. */
    fun resetServer(baseUrl: String): String? {
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
                driver(scenario).call(step, token)
            } catch (error: CallError) {
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
        error: CallError,
        vars: Map<String, Any?>,
    ) {
        val wantClass = expect["error"] ?: throw StepFailure("unexpected ${error.describe()}: ${error.message}")
        val problems = mutableListOf<String>()
        val name = error.describe()
        if (name != wantClass) problems += "error class $name, expected $wantClass"
        if ("status" in expect && (!error.hasResponse || !jsonEqual(error.status, expect["status"]))) {
            problems += "status ${if (error.hasResponse) error.status else "none"}, expected ${text(expect["status"])}"
        }
        if ("code" in expect) {
            val code = error.code
            if (!jsonEqual(code, expect["code"])) problems += "code ${dump(code)}, expected ${dump(expect["code"])}"
        }
        if ("retryAfter" in expect) {
            val retryAfter = error.retryAfter
            if (retryAfter == null || !jsonEqual(retryAfter, expect["retryAfter"])) {
                problems += "retryAfter ${dump(retryAfter)}, expected ${dump(expect["retryAfter"])}"
            }
        }
        asObject(expect["fields"])?.let { problems += checkFields(error.body, it, vars) }
        if (problems.isNotEmpty()) throw StepFailure(problems.joinToString("; ") + " [${error.message}]")
    }

    private fun checkSuccess(
        expect: Map<String, Any?>,
        outcome: Outcome,
        vars: Map<String, Any?>,
    ) {
        val result = outcome.result
        val rawStatus = outcome.rawStatus
        val problems = mutableListOf<String>()
        if ("status" in expect) {
            when {
                rawStatus == null -> problems += "no raw response"
                !jsonEqual(rawStatus, expect["status"]) -> problems += "status $rawStatus, expected ${text(expect["status"])}"
            }
        }
        asObject(expect["headers"])?.let { headers ->
            for (name in headers.keys.sorted()) {
                val value = outcome.rawHeader?.invoke(name)
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
