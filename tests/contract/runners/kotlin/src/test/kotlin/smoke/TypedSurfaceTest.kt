package smoke

import ai.axhub.sdk.kotlin.AxHubClient
import ai.axhub.sdk.kotlin.core.ApiStatusException
import ai.axhub.sdk.kotlin.core.ClientClosedException
import ai.axhub.sdk.kotlin.core.ClientErrorException
import ai.axhub.sdk.kotlin.core.ClientOptions
import ai.axhub.sdk.kotlin.core.EmptyResult
import ai.axhub.sdk.kotlin.core.Json
import ai.axhub.sdk.kotlin.core.PermissionDeniedException
import ai.axhub.sdk.kotlin.models.DeploymentStatus
import ai.axhub.sdk.kotlin.models.LogLineStream
import ai.axhub.sdk.kotlin.models.TriggerSource
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDLogsPathParams
import ai.axhub.sdk.kotlin.params.DeployGetApiV1AppsByAppIDLogsQuery
import kotlinx.coroutines.flow.count
import kotlinx.coroutines.flow.filter
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.onEach
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNull
import kotlin.test.assertSame
import kotlin.test.assertTrue
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

/**
 * The Kotlin SDK's friendly surface against a live reference server, written as a user would: the
 * client takes its server from AXHUB_BASE_URL (the environment, no `baseUrl` given); trigger a
 * deployment of shop (`deployments.trigger`), wait until it succeeded (the waiter helper), read its
 * logs (`deployments.logs`, every page as a Flow; the tail helper), roll production back to it
 * (`deployments.rollback`), list releases (`deployments.lifecycle.releases`), cancel a second one
 * started through the seed's map form ([EmptyResult]), read a member's 403
 * ([PermissionDeniedException] with its code), and see a closed client refuse calls. Without
 * AXHUB_BASE_URL the test is skipped. tests/contract/test_smoke_kotlin.py runs it.
 */
class TypedSurfaceTest {
    private fun client(token: String): AxHubClient {
        assumeTrue(!System.getenv("AXHUB_BASE_URL").isNullOrEmpty(), "AXHUB_BASE_URL is not set")
        return AxHubClient(ClientOptions(token = token))
    }

    @Test
    fun typedSurface() =
        runBlocking<Unit> {
            val owner = client("tok_owner")
            owner.use {
                client("tok_member").use { member ->
                    val deployments = owner.deployments

                    // Trigger a deployment of a given commit: path parameter first, body fields by name.
                    val started = deployments.trigger(SHOP, commitSha = SHA)
                    assertEquals(DeploymentStatus.Known.PENDING, started.status)
                    assertEquals(TriggerSource.Known.MANUAL, started.triggerSource)
                    assertEquals(SHA, started.commitSha)
                    assertNull(started.completedAt, "completed_at of a pending deployment")
                    assertEquals(started.id, deployments.get(SHOP, started.id).id)

                    // Wait until it succeeded (the waiter helper beside the seed method).
                    val done =
                        deployments.waitForDeployment(
                            DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams(appID = SHOP, did = started.id),
                            timeout = 60.seconds,
                            interval = 100.milliseconds,
                        )
                    assertEquals(started.id, done.id)
                    assertEquals(DeploymentStatus.Known.SUCCEEDED, done.status)
                    assertNull(done.failureReason)
                    assertEquals("gcr.io/axhub-apps/acme/shop:0123456789ab", done.imageUri)
                    assertFalse(done.completedAt!!.isBefore(done.startedAt))
                    // The typed result encodes back to its wire shape with the SDK's mapper.
                    val encoded = Json.encode(done)
                    assertTrue("\"status\":\"succeeded\"" in encoded && "\"app_id\":\"$SHOP\"" in encoded, encoded)

                    // Logs, paged backward: the newest page ends with the app coming up; then every page.
                    val newest = deployments.logs(SHOP, limit = 2).take(2).toList()
                    assertEquals("server listening on :8080", newest[1].message)
                    val count =
                        deployments
                            .logs(SHOP, limit = 100)
                            .onEach { assertTrue(it.message.isNotEmpty()) }
                            .count()
                    assertEquals(250 + 6, count, "the fixture's lines and this deployment's")

                    // Logs, tailed forward from the deployment's start: its six lines in order.
                    val tailed =
                        withTimeout(60.seconds) {
                            deployments
                                .tailLogs(
                                    DeployGetApiV1AppsByAppIDLogsPathParams(appID = SHOP),
                                    DeployGetApiV1AppsByAppIDLogsQuery(since = done.startedAt, limit = 100),
                                    interval = 100.milliseconds,
                                    maxPolls = 50,
                                ).take(6)
                                .toList()
                        }
                    assertEquals(6, tailed.size, tailed.toString())
                    assertTrue(tailed[0].message.startsWith("deployment ${started.id} queued"), tailed[0].message)
                    assertEquals("server listening on :8080", tailed[5].message)
                    assertEquals(LogLineStream.Known.STDOUT, tailed[0].stream)

                    // Roll production back to v1, then back to the new deployment.
                    assertSame(EmptyResult, deployments.rollback(SHOP, SHOP_V1))
                    deployments.rollback(SHOP, done.id, confirmSchemaSkew = false)
                    val live =
                        deployments.lifecycle
                            .releases(SHOP, limit = 1)
                            .filter { it.activeProd }
                            .map { it.deploymentId }
                            .toList()
                    assertEquals(listOf(done.id), live, "releases live in production")

                    // A second deployment through the seed's map form (wire names), cancelled while it runs.
                    val second =
                        deployments.deployPostApiV1AppsByAppIDDeployments(
                            mapOf("appID" to SHOP),
                            body = mapOf("commit_sha" to OTHER_SHA),
                        )
                    val cancelled = deployments.cancel(SHOP, second.id)
                    assertTrue(cancelled.isEmpty())
                    assertEquals("{}", Json.encode(cancelled))
                    val finished =
                        deployments.waitForDeployment(
                            DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams(appID = SHOP, did = second.id),
                            timeout = 10.seconds,
                            interval = 100.milliseconds,
                        )
                    assertEquals(DeploymentStatus.Known.CANCELLED, finished.status)
                    assertNull(finished.currentStage)

                    // A plain member may not deploy.
                    val denied = assertFailsWith<PermissionDeniedException> { member.deployments.trigger(SHOP) }
                    assertEquals(403, denied.status)
                    assertEquals("forbidden", denied.code)
                    assertEquals("deployPostApiV1AppsByAppIDDeployments", denied.operationId)
                    assertIs<ClientErrorException>(denied)
                    assertIs<ApiStatusException>(denied)
                    assertEquals("forbidden", assertIs<Map<*, *>>(denied.body)["code"])
                    assertTrue("deployPostApiV1AppsByAppIDDeployments" in denied.message.orEmpty(), denied.message)
                    assertTrue("deployPostApiV1AppsByAppIDDeployments" in owner.operationIds)
                }
            }
            // Closed by `use`: calls are refused with the SDK's own error, nothing is sent.
            assertFailsWith<ClientClosedException> { owner.deployments.get(SHOP, SHOP_V1) }
        }

    private companion object {
        const val SHOP = "0c000000-0000-4000-8000-000000000001"
        const val SHOP_V1 = "0d000000-0000-4000-8000-000000000101"
        const val SHA = "0123456789abcdef0123456789abcdef01234567"
        const val OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef"
    }
}
