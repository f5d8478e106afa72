// Per-call overhead of the Kotlin SDK against the bare pair a Kotlin user has without it:
// java.net.http.HttpClient + Jackson's readTree, called from Kotlin on the same request.
// tests/bench/call_overhead_bench.py builds this beside the SDK's sources and runs it with the
// JSON config it describes as the only argument.
//
// Both paths send the same GET (Accept, User-Agent, Authorization) over a kept-alive HTTP/1.1
// connection and decode the whole answer: the SDK into its models (its suspend functions,
// called from one runBlocking coroutine), the bare path into a JSON tree (HttpClient.send).
// They run in alternating timed blocks (the order flips every round). Prints one JSON line with
// per path the median wall-clock microseconds per call over the blocks, and this process's CPU
// time per call (a mean over all blocks).
package bench

import ai.axhub.sdk.kotlin.AxHubClient
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.models.Deployment
import ai.axhub.sdk.kotlin.models.DeploymentPage
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsQuery
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import kotlinx.coroutines.runBlocking
import java.lang.management.ManagementFactory
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import kotlin.system.exitProcess

private const val BARE_USER_AGENT = "call-overhead-bare"
private val mapper = ObjectMapper()

private class Config(
    node: JsonNode,
) {
    val baseUrl: String = node.get("base_url").asText()
    val token: String = node.get("token").asText()
    val app: String = node.get("app").asText()
    val did: String = node.get("did").asText()
    val limit: Long = node.get("limit").asLong()
    val n: Int = node.get("n").asInt()
    val warmup: Int = node.get("warmup").asInt()
    val block: Int = node.get("block").asInt()
    val calls: List<String> = node.get("calls").map { it.asText() }
}

private fun cpuNanos(): Long = (ManagementFactory.getOperatingSystemMXBean() as com.sun.management.OperatingSystemMXBean).processCpuTime

private fun median(values: List<Double>): Double {
    val sorted = values.sorted()
    val middle = sorted.size / 2
    return if (sorted.size % 2 == 1) sorted[middle] else (sorted[middle - 1] + sorted[middle]) / 2
}

private fun encode(segment: String): String = URLEncoder.encode(segment, Charsets.UTF_8)

private fun bareRequest(
    url: String,
    token: String,
): HttpRequest =
    HttpRequest
        .newBuilder(URI.create(url))
        .header("Accept", "application/json")
        .header("User-Agent", BARE_USER_AGENT)
        .header("Authorization", "Bearer $token")
        .GET()
        .build()

private fun bareCall(
    http: HttpClient,
    request: HttpRequest,
): JsonNode {
    val response = http.send(request, HttpResponse.BodyHandlers.ofByteArray())
    check(response.statusCode() == 200) { "bare: status ${response.statusCode()}: ${response.body().decodeToString()}" }
    return mapper.readTree(response.body())
}

private fun deploymentSummary(d: Deployment): Map<String, Any?> = mapOf("id" to d.id, "status" to d.status.value, "image_uri" to d.imageUri)

private fun pageSummary(page: DeploymentPage): Map<String, Any?> =
    mapOf(
        "total" to page.total,
        "ids" to page.items.map { it.id },
        "failure_codes" to page.items.mapNotNull { it.failureReason }.map { it.code },
    )

private fun genericSummary(
    call: String,
    tree: JsonNode,
): Map<String, Any?> {
    if (call == "get" || call == "get_resource") return mapOf("id" to tree["id"], "status" to tree["status"], "image_uri" to tree["image_uri"])
    val items = tree["items"].toList()
    return mapOf(
        "total" to tree["total"],
        "ids" to items.map { it["id"] },
        "failure_codes" to items.filter { !it["failure_reason"].isNull }.map { it["failure_reason"]["code"] },
    )
}

private suspend fun measure(
    config: Config,
    call: String,
    sdk: suspend () -> Any,
    bare: () -> JsonNode,
    sdkSummary: (Any) -> Map<String, Any?>,
): Map<String, Any?> {
    repeat(config.warmup) {
        sdk()
        bare()
    }
    val wall = mapOf("sdk" to mutableListOf<Double>(), "bare" to mutableListOf())
    val cpu = mapOf("sdk" to mutableListOf<Double>(), "bare" to mutableListOf())
    var lastSdk: Any? = null
    var lastBare: JsonNode? = null
    val rounds = maxOf(1, (config.n + config.block - 1) / config.block)
    for (round in 0 until rounds) {
        val order = if (round % 2 == 0) listOf("sdk", "bare") else listOf("bare", "sdk")
        for (name in order) {
            val startWall = System.nanoTime()
            val startCpu = cpuNanos()
            if (name == "sdk") {
                repeat(config.block) { lastSdk = sdk() }
            } else {
                repeat(config.block) { lastBare = bare() }
            }
            val endCpu = cpuNanos()
            val endWall = System.nanoTime()
            wall.getValue(name).add((endWall - startWall) / 1000.0 / config.block)
            cpu.getValue(name).add((endCpu - startCpu) / 1000.0 / config.block)
        }
    }
    return mapOf(
        "client" to "kotlin",
        "call" to call,
        "sdk_us_per_call" to median(wall.getValue("sdk")),
        "bare_us_per_call" to median(wall.getValue("bare")),
        // CPU time as a mean over all blocks: the process CPU clock ticks coarsely (10 ms on Linux).
        "sdk_cpu_us_per_call" to cpu.getValue("sdk").average(),
        "bare_cpu_us_per_call" to cpu.getValue("bare").average(),
        "sdk_blocks" to wall.getValue("sdk"),
        "bare_blocks" to wall.getValue("bare"),
        "sdk_value" to sdkSummary(checkNotNull(lastSdk)),
        "bare_value" to genericSummary(call, checkNotNull(lastBare)),
    )
}

private suspend fun run(config: Config): List<Map<String, Any?>> {
    val http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
    val base = "${config.baseUrl}/api/v1/apps/${encode(config.app)}/deployments"
    return AxHubClient(ClientOptions(baseUrl = config.baseUrl, token = config.token)).use { client ->
        val deployments = client.deployments
        config.calls.map { call ->
            when (call) {
                "get" -> {
                    val params = DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams(config.app, config.did)
                    val request = bareRequest("$base/${encode(config.did)}", config.token)
                    measure(
                        config,
                        call,
                        { deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(params) },
                        { bareCall(http, request) },
                        { deploymentSummary(it as Deployment) },
                    )
                }
                "get_resource" -> {
                    val request = bareRequest("$base/${encode(config.did)}", config.token)
                    measure(
                        config,
                        call,
                        { deployments.get(config.app, config.did) },
                        { bareCall(http, request) },
                        { deploymentSummary(it as Deployment) },
                    )
                }
                "list" -> {
                    val params = DeployGetApiV1AppsByAppIDDeploymentsPathParams(config.app)
                    val query = DeployGetApiV1AppsByAppIDDeploymentsQuery(limit = config.limit)
                    val request = bareRequest("$base?limit=${config.limit}", config.token)
                    measure(
                        config,
                        call,
                        { deployments.deployGetApiV1AppsByAppIDDeployments(params, query) },
                        { bareCall(http, request) },
                        { pageSummary(it as DeploymentPage) },
                    )
                }
                else -> throw IllegalArgumentException("unknown call $call")
            }
        }
    }
}

fun main(args: Array<String>) {
    if (args.size != 1) {
        System.err.println("usage: java bench.CallOverheadKt CONFIG_JSON")
        exitProcess(2)
    }
    val config = Config(mapper.readTree(args[0]))
    val rows = runBlocking { run(config) }
    println(mapper.writeValueAsString(mapOf("rows" to rows)))
}
