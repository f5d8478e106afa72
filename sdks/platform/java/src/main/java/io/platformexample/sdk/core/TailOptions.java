package io.platformexample.sdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Public: how a tail polls.
 */
public final class TailOptions {
    private final Duration interval;
    private final Integer maxPolls;

    /**
     * Checks the values.
     *
     * @param interval the pause between polls when no more items are waiting
     * @param maxPolls stop after this many polls; null to follow until closed
     */
    public TailOptions(Duration interval, Integer maxPolls) {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || (maxPolls != null && maxPolls < 0)) {
            throw new IllegalArgumentException("interval and maxPolls must be >= 0");
        }
        this.interval = interval;
        this.maxPolls = maxPolls;
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
        return new TailOptions(interval, maxPolls);
    }

    /**
     * A copy that stops after some polls.
     *
     * @param maxPolls the most polls
     * @return the copy
     */
    public TailOptions withMaxPolls(int maxPolls) {
        return new TailOptions(interval, maxPolls);
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
     * Returns the most polls before the tail stops, or null to follow until closed.
     *
     * @return stop after this many polls; null to follow until closed
     */
    public Integer maxPolls() {
        return maxPolls;
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
                && Objects.equals(maxPolls, that.maxPolls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, maxPolls);
    }

    @Override
    public String toString() {
        return "TailOptions[interval=" + interval + ", maxPolls=" + maxPolls + "]";
    }
}
