package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.awaitCancellation
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertNull
import kotlin.time.Duration.Companion.milliseconds
import kotlin.time.Duration.Companion.seconds

class DeadlinesTest {
    @Test
    fun `a block that ends in time gives its value, one that would never end gives null`() =
        runBlocking<Unit> {
            assertEquals("done", Deadlines.within(30.seconds) { "done" })
            assertNull(Deadlines.within<String>(50.milliseconds) { awaitCancellation() })
        }

    @Test
    fun `cancelling the caller cancels the block and is not a timeout`() =
        runBlocking<Unit> {
            val started = CompletableDeferred<Unit>()
            val call =
                async {
                    Deadlines.within<String>(30.seconds) {
                        started.complete(Unit)
                        awaitCancellation()
                    }
                }
            started.await()
            call.cancel()
            assertFailsWith<CancellationException> { call.await() }
        }

    @Test
    fun `short and long deadlines side by side each end only their own block`() =
        runBlocking<Unit> {
            val results =
                (1..40)
                    .map { index ->
                        async {
                            if (index % 2 == 0) {
                                Deadlines.within<Int>(20.milliseconds) { awaitCancellation() }
                            } else {
                                Deadlines.within(30.seconds) { index }
                            }
                        }
                    }.awaitAll()
            assertEquals((1..40).map { if (it % 2 == 0) null else it }, results)
        }
}
