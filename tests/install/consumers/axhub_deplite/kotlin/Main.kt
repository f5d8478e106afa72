// One Kotlin program that uses two SDKs generated from two specs (AxHub and Deplite), both installed
// as jars; compiled and run by tests/install/test_kotlin_two_sdks.py. Each SDK carries its runtime
// in its own package (`ai.axhub.sdk.kotlin.core`, `io.deplite.sdk.kotlin.core`), so their
// ClientOptions, errors and the rest live side by side. It reads a deployment from the AxHub server,
// builds a Deplite client and signs the shared test vector with Deplite's signer, and shows that
// each SDK refuses a bad base URL with its own argument error. Arguments: AxHub's base URL and a token.
package consumer

import ai.axhub.sdk.kotlin.AxHubClient
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams
import io.deplite.sdk.kotlin.DepliteClient
import io.deplite.sdk.kotlin.core.HmacSigner
import io.deplite.sdk.kotlin.core.Signature
import io.deplite.sdk.kotlin.core.SigningKey
import kotlinx.coroutines.runBlocking
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import kotlin.system.exitProcess
import ai.axhub.sdk.kotlin.core.ClientOptions as AxHubOptions
import ai.axhub.sdk.kotlin.core.InvalidArgumentException as AxHubArgumentError
import io.deplite.sdk.kotlin.core.ClientOptions as DepliteOptions
import io.deplite.sdk.kotlin.core.InvalidArgumentException as DepliteArgumentError

private const val SHOP = "0c000000-0000-4000-8000-000000000001"
private const val FIRST_DEPLOYMENT = "0d000000-0000-4000-8000-000000000101"

fun main(args: Array<String>) {
    if (args.size != 2) {
        System.err.println("usage: MainKt AXHUB_BASE_URL TOKEN")
        exitProcess(2)
    }
    runBlocking {
        AxHubClient(AxHubOptions(baseUrl = args[0], token = args[1])).use { axhub ->
            val one =
                axhub.deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(
                    DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams(appID = SHOP, did = FIRST_DEPLOYMENT),
                )
            println("axhub deployment ${one.id} status=${one.status.value}")
        }
    }

    DepliteClient(DepliteOptions(token = "tok_owner"), agentBaseUrl = "http://127.0.0.1:9").use { deplite ->
        println("deplite operations=${deplite.operationIds.size} agent=${DepliteClient.DEFAULT_AGENT_BASE_URL}")
    }
    val signature = Signature("hmac-sha256", "X-Agent-Id", "X-Timestamp", "X-Nonce", "X-Signature")
    val clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000), ZoneOffset.UTC)
    val signer = HmacSigner(SigningKey("agt_1", "ags_test_secret"), signature, clock) { "00112233445566778899aabbccddeeff" }
    val body = """{"status":"success","exitCode":0}""".toByteArray()
    println("deplite signature ${signer.sign("POST", "/agent/jobs/job_1/result?x=1", body).getValue("X-Signature")}")

    try {
        AxHubClient(AxHubOptions(baseUrl = "ftp://example.com"))
    } catch (error: AxHubArgumentError) {
        println("axhub refuses: ${error.javaClass.name}")
    }
    try {
        DepliteClient(DepliteOptions(), agentBaseUrl = "localhost:8080")
    } catch (error: DepliteArgumentError) {
        println("deplite refuses: ${error.javaClass.name}")
    }
}
