package ai.axhub.sdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Public: how long a waiter waits and how often it polls.
 *
 * @param timeout the longest wait before {@code WaiterTimeoutException}
 * @param interval the pause between polls
 */
public record WaitOptions(Duration timeout, Duration interval) {
    /** Checks the values. */
    public WaitOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (timeout.isNegative() || interval.isNegative()) {
            throw new IllegalArgumentException("timeout and interval must be >= 0");
        }
    }

    /**
     * The defaults: 600 s, polling every 2 s.
     *
     * @return the defaults
     */
    public static WaitOptions defaults() {
        return new WaitOptions(Defaults.WAIT_TIMEOUT, Defaults.WAIT_INTERVAL);
    }

    /**
     * A copy with another timeout.
     *
     * @param timeout the longest wait
     * @return the copy
     */
    public WaitOptions withTimeout(Duration timeout) {
        return new WaitOptions(timeout, interval);
    }

    /**
     * A copy with another interval.
     *
     * @param interval the pause between polls
     * @return the copy
     */
    public WaitOptions withInterval(Duration interval) {
        return new WaitOptions(timeout, interval);
    }
}
