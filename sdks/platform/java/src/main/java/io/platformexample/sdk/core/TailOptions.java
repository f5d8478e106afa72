package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Public: how a tail polls and when it stops: after at most {@code maxPolls} polls, once its
 * {@code timeout} has passed (the last pause cut to it), when its stop callback says so (asked
 * before each poll), or when it is closed; then its iteration simply ends. Immutable.
 */
public final class TailOptions {
    private final Duration interval;
    private final Integer maxPolls;
    private final Duration timeout;
    private final BooleanSupplier stop;

    /**
     * Checks the values.
     *
     * @param interval the pause between polls when no more items are waiting
     * @param maxPolls stop after this many polls; null to follow until closed
     * @throws InvalidArgumentException for a negative interval or poll count
     */
    public TailOptions(Duration interval, Integer maxPolls) {
        this(interval, maxPolls, null, null);
    }

    private TailOptions(Duration interval, Integer maxPolls, Duration timeout, BooleanSupplier stop) {
        if (interval == null) {
            throw new InvalidArgumentException("TailOptions: interval is required");
        }
        if (interval.isNegative() || (maxPolls != null && maxPolls < 0)) {
            throw new InvalidArgumentException("TailOptions: interval and maxPolls must be >= 0, got " + interval + " and " + maxPolls);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new InvalidArgumentException("TailOptions: timeout must be positive, got " + timeout);
        }
        this.interval = interval;
        this.maxPolls = maxPolls;
        this.timeout = timeout;
        this.stop = stop;
    }

    /**
     * The defaults: poll every 2 s, until closed.
     *
     * @return the defaults
     */
    public static TailOptions defaults() {
        return new TailOptions(Defaults.TAIL_INTERVAL, null);
    }

    /**
     * A copy with another interval.
     *
     * @param interval the pause between polls
     * @return the copy
     */
    public TailOptions withInterval(Duration interval) {
        return new TailOptions(interval, maxPolls, timeout, stop);
    }

    /**
     * A copy that stops after this many polls.
     *
     * @param maxPolls the most polls
     * @return the copy
     */
    public TailOptions withMaxPolls(int maxPolls) {
        return new TailOptions(interval, maxPolls, timeout, stop);
    }

    /**
     * A copy that stops once this long has passed since its first poll (on the client's clock).
     *
     * @param timeout the deadline, from the first poll
     * @return the copy
     * @throws InvalidArgumentException for a timeout that is not positive
     */
    public TailOptions withTimeout(Duration timeout) {
        return new TailOptions(interval, maxPolls, Objects.requireNonNull(timeout, "timeout"), stop);
    }

    /**
     * A copy that stops when {@code stop} says so, asked before each poll.
     *
     * @param stop true to stop following
     * @return the copy
     */
    public TailOptions withStop(BooleanSupplier stop) {
        return new TailOptions(interval, maxPolls, timeout, Objects.requireNonNull(stop, "stop"));
    }

    /**
     * Returns the pause between polls when no more items are waiting.
     *
     * @return the pause between polls when no more items are waiting
     */
    public Duration interval() {
        return interval;
    }

    /**
     * Returns the most polls, or null to follow until closed.
     *
     * @return the most polls, or null
     */
    public Integer maxPolls() {
        return maxPolls;
    }

    /**
     * The deadline from the first poll.
     *
     * @return the timeout, or null for none
     */
    public Duration timeout() {
        return timeout;
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
        if (!(other instanceof TailOptions)) {
            return false;
        }
        TailOptions that = (TailOptions) other;
        return Objects.equals(interval, that.interval)
                && Objects.equals(maxPolls, that.maxPolls)
                && Objects.equals(timeout, that.timeout)
                && Objects.equals(stop, that.stop);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, maxPolls, timeout, stop);
    }

    @Override
    public String toString() {
        return "TailOptions[interval=" + interval + ", maxPolls=" + maxPolls + ", timeout=" + timeout
                + (stop == null ? "" : ", with stop") + "]";
    }
}
