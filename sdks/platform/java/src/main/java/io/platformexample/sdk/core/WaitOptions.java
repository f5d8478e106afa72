package io.platformexample.sdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Public: how long a waiter waits and how often it polls.
 */
public final class WaitOptions {
    private final Duration timeout;
    private final Duration interval;

    /**
     * Checks the values.
     *
     * @param timeout the longest wait before {@code WaiterTimeoutException}
     * @param interval the pause between polls
     */
    public WaitOptions(Duration timeout, Duration interval) {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interval, "interval");
        if (timeout.isNegative() || interval.isNegative()) {
            throw new IllegalArgumentException("timeout and interval must be >= 0");
        }
        this.timeout = timeout;
        this.interval = interval;
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

    /**
     * Returns the longest wait before {@code WaiterTimeoutException}.
     *
     * @return the longest wait before {@code WaiterTimeoutException}
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns the pause between polls.
     *
     * @return the pause between polls
     */
    public Duration interval() {
        return interval;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WaitOptions)) {
            return false;
        }
        WaitOptions that = (WaitOptions) other;
        return Objects.equals(timeout, that.timeout)
                && Objects.equals(interval, that.interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, interval);
    }

    @Override
    public String toString() {
        return "WaitOptions[timeout=" + timeout + ", interval=" + interval + "]";
    }
}
