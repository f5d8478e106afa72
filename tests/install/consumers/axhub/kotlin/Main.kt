// A Kotlin program as an AxHub user writes it, compiled by tests/install/test_kotlin_install.py with
// the oldest Kotlin compiler the SDK supports (2.0.x, with its own kotlin-stdlib) and with the
// SDK's own, against the SDK installed in the local Maven repository. It lists the deployments of
// the fixture app "shop", reads one of them, and reads a typed error; what it prints is what the
// test compares. Arguments: the server's base URL and a bearer token.
package consumer

import ai.axhub.sdk.kotlin.AxHubClient
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.core.NotFoundException
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsQuery
import kotlinx.coroutines.runBlocking
import kotlin.system.exitProcess

private const val SHOP = "0c000000-0000-4000-8000-000000000001"
private const val UNKNOWN_APP = "0c000000-0000-4000-8000-0000000000ff"
private const val FIRST_DEPLOYMENT = "0d000000-0000-4000-8000-000000000101"

fun main(args: Array<String>) {
    if (args.size != 2) {
        System.err.println("usage: MainKt BASE_URL TOKEN")
        exitProcess(2)
    }
    runBlocking {
        AxHubClient(ClientOptions(baseUrl = args[0], token = args[1])).use { client ->
            val deployments = client.deployments
            val page =
                deployments.deployGetApiV1AppsByAppIDDeployments(
                    DeployGetApiV1AppsByAppIDDeploymentsPathParams(appID = SHOP),
                    DeployGetApiV1AppsByAppIDDeploymentsQuery(limit = 2),
                )
            val first = page.items.first()
            println("deployments total=${page.total} items=${page.items.size} first=${first.id} status=${first.status.value}")

            val one =
                deployments.deployGetApiV1AppsByAppIDDeploymentsByDid(
                    DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams(appID = SHOP, did = FIRST_DEPLOYMENT),
                )
            println("deployment ${one.id} status=${one.status.value} commit=${one.commitSha}")

            try {
                deployments.deployGetApiV1AppsByAppIDDeployments(
                    DeployGetApiV1AppsByAppIDDeploymentsPathParams(appID = UNKNOWN_APP),
                )
                println("error none")
            } catch (error: NotFoundException) {
                println("error ${error.javaClass.simpleName} status=${error.status} code=${error.code}")
            }
        }
    }
}
