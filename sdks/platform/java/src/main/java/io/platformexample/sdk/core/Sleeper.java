package io.platformexample.sdk.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Public: how the client waits between retries and polls. Replace it in tests to record the
 * delays instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * A future that completes after {@code duration}. Blocking calls wait for it; cancelling it
     * ends the wait early.
     *
     * @param duration how long to wait
     * @return the future
     */
    CompletableFuture<Void> sleep(Duration duration);

    /**
     * The real sleeper: a timer that blocks no thread.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> {
            if (duration.isZero() || duration.isNegative()) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.runAsync(
                    () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
        };
    }
}
