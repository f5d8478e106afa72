package io.platformexample.sdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.platformexample.sdk.internal.Paging;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Public: follows new items of an operation (e.g. log lines), polling with the previous page's
 * cursor. {@link #hasNext()} blocks until an item arrives, the tail is closed, or the poll limit
 * is reached. Close it, from any thread, to stop; a single pass, so {@link #iterator()} returns
 * this same tail.
 *
 * @param <I> the item type
 */
public final class Tail<I> implements Iterator<I>, Iterable<I>, AutoCloseable {
    private final Operation.Pagination pagination;
    private final TailOptions tail;
    private final Sleeper sleeper;
    private final Clock clock;
    private Instant deadline;
    private final Function<Map<String, Object>, JsonNode> fetch;
    private final Function<JsonNode, Object> decode;
    private final Deque<JsonNode> buffer = new ArrayDeque<>();
    private final Long limit;
    private Map<String, Object> query;
    private int polls;
    private boolean pauseFirst;
    private volatile boolean closed;
    private volatile CompletableFuture<Void> pause;

    Tail(
            Operation.Pagination pagination,
            Map<String, Object> firstQuery,
            TailOptions tail,
            Sleeper sleeper,
            Clock clock,
            Function<Map<String, Object>, JsonNode> fetch,
            Function<JsonNode, Object> decode) {
        this.pagination = pagination;
        this.query = new LinkedHashMap<>(firstQuery);
        this.tail = tail;
        this.sleeper = sleeper;
        this.clock = clock;
        this.fetch = fetch;
        this.decode = decode;
        this.limit = pagination.sizeParam() == null ? null : Paging.asLong(firstQuery.get(pagination.sizeParam()));
    }

    /**
     * How many polls have been made.
     *
     * @return the count
     */
    public int polls() {
        return polls;
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty()) {
            if (closed || (tail.maxPolls() != null && polls >= tail.maxPolls()) || bounded()) {
                return false;
            }
            if (pauseFirst && (!waitInterval() || bounded())) {
                return false;
            }
            poll();
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public I next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return (I) decode.apply(buffer.removeFirst()); // the operation's pagination declares the item type
    }

    /**
     * This tail (a single pass), for use in a for-each loop.
     *
     * @return this
     */
    @Override
    public Iterator<I> iterator() {
        return this;
    }

    /**
     * The items as a sequential stream; closing the stream closes the tail.
     *
     * @return the stream
     */
    public Stream<I> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize((Iterator<I>) this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** Stops following: a blocked {@link #hasNext()} returns false. */
    @Override
    public void close() {
        closed = true;
        CompletableFuture<Void> current = pause;
        if (current != null) {
            current.cancel(false);
        }
    }

    /** Whether the stop callback or the deadline ends the tail now (the deadline starts at the first poll). */
    private boolean bounded() {
        if (tail.stop() != null && tail.stop().getAsBoolean()) {
            return true;
        }
        if (tail.timeout() == null) {
            return false;
        }
        if (deadline == null) {
            deadline = clock.instant().plus(tail.timeout());
            return false;
        }
        return !clock.instant().isBefore(deadline);
    }

    private void poll() {
        JsonNode page = fetch.apply(query);
        polls++;
        List<JsonNode> items = Paging.items(page, pagination);
        buffer.addAll(items);
        if (page != null && !pagination.next().isEmpty() && pagination.param() != null) {
            String cursor = Paging.cursor(Paging.at(page, pagination.next()));
            if (cursor != null) {
                query = new LinkedHashMap<>(query);
                query.put(pagination.param(), cursor);
            }
        }
        // Poll again at once when the page says more is waiting, or came back full (never when empty).
        boolean more = !items.isEmpty()
                && (Boolean.TRUE.equals(Paging.isMore(page, pagination))
                        || (limit != null && limit > 0 && limit <= items.size()));
        pauseFirst = !more;
    }

    private boolean waitInterval() {
        Duration wait = tail.interval();
        if (deadline != null) {
            Duration left = Duration.between(clock.instant(), deadline);
            wait = left.isNegative() ? Duration.ZERO : left.compareTo(wait) < 0 ? left : wait; // the last pause ends at the deadline
        }
        CompletableFuture<Void> timer = sleeper.sleep(wait);
        pause = timer;
        if (closed) {
            timer.cancel(false);
        }
        try {
            timer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        } catch (ExecutionException | CancellationException e) {
            // cancelled by close()
        } finally {
            pause = null;
        }
        pauseFirst = false;
        return !closed;
    }
}
