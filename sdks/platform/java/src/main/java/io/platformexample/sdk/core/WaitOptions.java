package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Public: the bounds of a waiter: how long it waits, how often it polls, at most how many polls,
 * and a stop callback asked before each pause. Reaching any bound ends the wait with {@code
 * WaiterTimeoutException}, whose message says which. Immutable.
 */
public final class WaitOptions {
    private final Duration timeout;
    private final Duration interval;
    private final Integer maxPolls;
    private final BooleanSupplier stop;

    /**
     * Checks the values.
     *
     * @param timeout the longest wait before {@code WaiterTimeoutException}
     * @param interval the pause between polls
     * @throws InvalidArgumentException for a negative duration
     */
    public WaitOptions(Duration timeout, Duration interval) {
        this(timeout, interval, null, null);
    }

    private WaitOptions(Duration timeout, Duration interval, Integer maxPolls, BooleanSupplier stop) {
        if (timeout == null || interval == null) {
            throw new InvalidArgumentException("WaitOptions: timeout and interval are required");
        }
        if (timeout.isNegative() || interval.isNegative()) {
            throw new InvalidArgumentException("WaitOptions: timeout and interval must be >= 0, got " + timeout + " and " + interval);
        }
        if (maxPolls != null && maxPolls < 1) {
            throw new InvalidArgumentException("WaitOptions: maxPolls must be >= 1, got " + maxPolls);
        }
        this.timeout = timeout;
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.stop = stop;
    }

    /**
     * The defaults: 600 s, polling every 2 s, no poll limit, no stop callback.
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
        return new WaitOptions(timeout, interval, maxPolls, stop);
    }

    /**
     * A copy with another interval.
     *
     * @param interval the pause between polls
     * @return the copy
     */
    public WaitOptions withInterval(Duration interval) {
        return new WaitOptions(timeout, interval, maxPolls, stop);
    }

    /**
     * A copy that gives up after this many polls.
     *
     * @param maxPolls the most polls, at least 1
     * @return the copy
     * @throws InvalidArgumentException for less than 1
     */
    public WaitOptions withMaxPolls(int maxPolls) {
        return new WaitOptions(timeout, interval, maxPolls, stop);
    }

    /**
     * A copy that gives up when {@code stop} says so, asked after each poll that is not terminal.
     *
     * @param stop true to stop waiting
     * @return the copy
     */
    public WaitOptions withStop(BooleanSupplier stop) {
        return new WaitOptions(timeout, interval, maxPolls, Objects.requireNonNull(stop, "stop"));
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

    /**
     * The most polls.
     *
     * @return the limit, or null for none
     */
    public Integer maxPolls() {
        return maxPolls;
    }

    /**
     * The stop callback.
     *
     * @return the callback, or null for none
     */
    public BooleanSupplier stop() {
        return stop;
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
                && Objects.equals(interval, that.interval)
                && Objects.equals(maxPolls, that.maxPolls)
                && Objects.equals(stop, that.stop);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, interval, maxPolls, stop);
    }

    @Override
    public String toString() {
        return "WaitOptions[timeout=" + timeout + ", interval=" + interval + ", maxPolls=" + maxPolls
                + (stop == null ? "" : ", with stop") + "]";
    }
}
