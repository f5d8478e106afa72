package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.isActive
import kotlinx.coroutines.job
import java.util.PriorityQueue
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.locks.LockSupport
import kotlin.time.Duration

/**
 * Time limits of attempts, kept by one daemon thread.
 *
 * `withTimeout` hands every deadline to the shared `DefaultExecutor` thread, which sleeps when it
 * has nothing to wait for and so is woken (two thread switches) on each call. This thread instead
 * is woken only when a new deadline comes before the moment it already means to look again; with
 * the same timeout on every call that is almost never, since each new deadline is later than
 * those before it. Deadlines of finished attempts are dropped lazily.
 */
internal object Deadlines {
    private class Entry(
        val at: Long,
        val expire: () -> Unit,
    ) : Comparable<Entry> {
        var cancelled = false

        // by the difference, which stays right when System.nanoTime wraps around
        override fun compareTo(other: Entry): Int = (at - other.at).compareTo(0L)
    }

    private val lock = Any()
    private val queue = PriorityQueue<Entry>()
    private var cancelledCount = 0
    private var watcher: Thread? = null

    // when the watcher looks next (System.nanoTime); it is woken only for an earlier deadline
    private var lookAt = 0L

    /**
     * Run [block], cancelling it once [timeout] has passed; null when it ran out of time. Cancelling
     * the caller cancels [block] as usual (and that is not a timeout).
     */
    suspend fun <T : Any> within(
        timeout: Duration,
        block: suspend () -> T,
    ): T? {
        val expired = AtomicBoolean(false)
        return try {
            coroutineScope {
                val job = coroutineContext.job
                val entry =
                    schedule(timeout.inWholeNanoseconds) {
                        expired.set(true)
                        job.cancel(CancellationException("no response within $timeout"))
                    }
                try {
                    block()
                } finally {
                    cancel(entry)
                }
            }
        } catch (error: CancellationException) {
            if (expired.get() && currentCoroutineContext().isActive) null else throw error
        }
    }

    private fun schedule(
        nanos: Long,
        expire: () -> Unit,
    ): Entry {
        val now = System.nanoTime()
        val entry = Entry(now + nanos.coerceIn(0, MAX_WAIT_NANOS), expire)
        synchronized(lock) {
            queue.add(entry)
            val running = watcher
            if (running == null) {
                lookAt = entry.at
                val thread = Thread(::watch, "sdkgen-deadlines")
                thread.isDaemon = true
                watcher = thread
                thread.start()
            } else if (entry.at - lookAt < 0) {
                lookAt = entry.at
                LockSupport.unpark(running)
            }
        }
        return entry
    }

    private fun cancel(entry: Entry) {
        synchronized(lock) {
            if (entry.cancelled) return
            entry.cancelled = true
            cancelledCount++
            // drop finished attempts in one sweep once they are most of the queue
            if (cancelledCount > PURGE_AT && cancelledCount * 2 > queue.size) {
                queue.removeIf { it.cancelled }
                cancelledCount = 0
            }
        }
    }

    private fun watch() {
        var idleSince = System.nanoTime()
        while (true) {
            val due = ArrayList<Entry>()
            val wait: Long
            synchronized(lock) {
                val now = System.nanoTime()
                while (true) {
                    val head = queue.peek() ?: break
                    if (!head.cancelled && head.at - now > 0) break
                    queue.poll()
                    if (head.cancelled) {
                        cancelledCount--
                    } else {
                        head.cancelled = true
                        due += head
                    }
                }
                val next = queue.peek()
                if (next == null && due.isEmpty() && now - idleSince > IDLE_EXIT_NANOS) {
                    watcher = null // nothing to watch for a while: the next deadline starts a new thread
                    return
                }
                if (next != null || due.isNotEmpty()) idleSince = now
                // never sooner than a little while from now, so a burst of deadlines is one wake-up
                val target = next?.at ?: (now + IDLE_LOOK_NANOS)
                wait = maxOf(target - now, GRANULARITY_NANOS)
                lookAt = now + wait
            }
            for (entry in due) {
                try {
                    entry.expire()
                } catch (_: Exception) {
                    // cancelling a job does not throw; keep watching whatever happens
                }
            }
            if (due.isEmpty()) LockSupport.parkNanos(this, wait)
        }
    }

    private const val GRANULARITY_NANOS = 1_000_000L
    private const val IDLE_LOOK_NANOS = 10_000_000_000L
    private const val IDLE_EXIT_NANOS = 60_000_000_000L
    private const val MAX_WAIT_NANOS = Long.MAX_VALUE / 4
    private const val PURGE_AT = 256
}
