package io.platformexample.sdk.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Internal: what one async call is doing right now (an exchange, a pause between attempts, a
 * waiter's pause between polls), so that cancelling the future the caller holds reaches it. Once
 * cancelled, no further attempt, pause or poll starts, and the step in progress is cancelled (the
 * JDK's HTTP client aborts an exchange whose future is cancelled, from Java 16 on).
 */
public final class InFlight {
    private volatile boolean cancelled;
    private volatile Future<?> current;

    /** A call not yet cancelled. */
    public InFlight() {}

    /**
     * Whether the caller cancelled the call.
     *
     * @return true once cancelled
     */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Records the step now in progress; cancels it at once when the call was already cancelled.
     *
     * @param <U> the step's result type
     * @param step the step
     * @return the same step
     */
    public <U> CompletableFuture<U> track(CompletableFuture<U> step) {
        current = step;
        if (cancelled) {
            step.cancel(true);
        }
        return step;
    }

    /**
     * A future that has been refused because the call was cancelled.
     *
     * @param <U> the result type
     * @param what what was not started, for the message
     * @return the failed future
     */
    public static <U> CompletableFuture<U> refused(String what) {
        return CompletableFuture.failedFuture(new CancellationException(what + ": the call was cancelled"));
    }

    /** Cancels the call: the step in progress, and every later one. */
    public void cancel() {
        cancelled = true;
        Future<?> step = current;
        if (step != null) {
            step.cancel(true);
        }
    }

    /**
     * The future to hand the caller: it completes as {@code work} does, and cancelling it cancels
     * this call. A result that arrives after the cancel and holds a resource (an event stream) is
     * closed.
     *
     * @param <T> the result type
     * @param work the call's chain of steps
     * @return the caller's future
     */
    public <T> CompletableFuture<T> bind(CompletableFuture<T> work) {
        CompletableFuture<T> out = new CompletableFuture<>();
        out.whenComplete((value, error) -> {
            if (out.isCancelled()) {
                cancel();
            }
        });
        work.whenComplete((value, error) -> {
            boolean delivered = error != null ? out.completeExceptionally(error) : out.complete(value);
            if (!delivered && value instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) value).close();
                } catch (Exception e) {
                    // nobody holds the result any more: closing is best effort
                }
            }
        });
        return out;
    }
}
