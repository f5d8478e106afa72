package io.platformexample.sdk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A sleeper for tests: records every wait, advances its clock by it, and returns at once. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final MutableClock clock = new MutableClock();

    @Override
    public CompletableFuture<Void> sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
        return CompletableFuture.completedFuture(null);
    }

    /**
     * The waits so far.
     *
     * @return the durations, in order
     */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    /**
     * The clock the waits move.
     *
     * @return the clock
     */
    public MutableClock clock() {
        return clock;
    }

    /** A clock that only moves when told. */
    public static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-01-01T00:00:00Z");

        /**
         * Moves the clock on.
         *
         * @param duration how far
         */
        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
