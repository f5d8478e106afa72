package ai.axhub.sdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Public: how a tail polls.
 *
 * @param interval the pause between polls when no more items are waiting
 * @param maxPolls stop after this many polls; null to follow until closed
 */
public record TailOptions(Duration interval, Integer maxPolls) {
    /** Checks the values. */
    public TailOptions {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || (maxPolls != null && maxPolls < 0)) {
            throw new IllegalArgumentException("interval and maxPolls must be >= 0");
        }
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
}
