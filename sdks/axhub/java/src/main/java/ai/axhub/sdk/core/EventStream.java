package ai.axhub.sdk.core;

import ai.axhub.sdk.errors.ApiConnectionException;
import ai.axhub.sdk.errors.ApiStatusException;
import ai.axhub.sdk.errors.SdkException;
import ai.axhub.sdk.internal.EventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Public: the server-sent events of one response, read as they arrive. Iterate it once (a {@code
 * for} loop, or {@link #stream()}), and close it, best with try-with-resources: closing ends the
 * HTTP exchange, also before the server has finished.
 *
 * <pre>{@code
 * try (EventStream events = client.things().streamThings()) {
 *     for (ServerSentEvent event : events) {
 *         System.out.println(event.data());
 *     }
 * }
 * }</pre>
 *
 * <p>Iterating blocks while the next event is on its way; a broken connection throws {@link
 * ApiConnectionException} from the iterator. The stream is not retried once it has begun, unless
 * its operation is resumable ({@link Operation#resume()}): then, when the connection ends or breaks
 * before the stream is closed, it reconnects by itself, sending the id of the last event it
 * delivered (e.g. in {@code Last-Event-ID}) after the server's last {@code retry:} wait, so that no
 * event is lost or delivered twice; after {@link Operation.Resume#maxReconnects()} reconnections in
 * a row without an event it ends (throwing the last break, if the connection broke).
 */
public final class EventStream implements Iterable<ServerSentEvent>, AutoCloseable {
    private volatile InputStream body;
    private EventParser parser;
    private Reopen reopen;
    private Operation.Resume resume;
    private Sleeper sleeper;
    private final int status;
    private final HttpHeaders headers;
    private final String operationId;
    private final String method;
    private final URI uri;
    private boolean iterated;
    private volatile boolean closed;

    /**
     * The events of a response body.
     *
     * @param body the body, read as events are consumed
     * @param status the HTTP status
     * @param headers the response headers
     * @param operationId the operation called
     * @param method the HTTP method of the request
     * @param uri the URI of the request (secrets redacted), for errors
     */
    public EventStream(InputStream body, int status, HttpHeaders headers, String operationId, String method, URI uri) {
        this.body = body;
        this.parser = new EventParser(body);
        this.status = status;
        this.headers = headers;
        this.operationId = operationId;
        this.method = method;
        this.uri = uri;
    }

    /** Opens the operation's stream again, resuming after an event id: what a resumable stream reconnects with. */
    @FunctionalInterface
    public interface Reopen {
        /**
         * Sends the operation again.
         *
         * @param lastEventId the id of the last event delivered, or null when none had an id
         * @return the new connection's events
         * @throws SdkException when the call fails (an error status, or no connection)
         */
        EventStream open(String lastEventId);
    }

    /**
     * Makes this stream resumable (the runtime does, for an operation with {@link
     * Operation#resume()}): it reconnects through {@code reopen} when its connection ends or breaks.
     *
     * @param resume how to resume
     * @param reopen sends the operation again
     * @param sleeper waits before each reconnection
     * @return this stream
     */
    public synchronized EventStream resumable(Operation.Resume resume, Reopen reopen, Sleeper sleeper) {
        if (iterated) {
            throw new IllegalStateException("resumable: the stream is already being read");
        }
        this.resume = resume;
        this.reopen = reopen;
        this.sleeper = sleeper;
        return this;
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public HttpHeaders headers() {
        return headers;
    }

    /**
     * The events, read as the loop asks for them. Only one iteration is possible: the events are
     * not kept.
     *
     * @return the iterator
     * @throws IllegalStateException when called a second time
     */
    @Override
    public synchronized Iterator<ServerSentEvent> iterator() {
        if (iterated) {
            throw new IllegalStateException("an EventStream can be iterated once");
        }
        iterated = true;
        return new Events();
    }

    /**
     * The events as a sequential {@link Stream}; closing the stream closes this.
     *
     * @return the stream
     * @throws IllegalStateException when the events are already being iterated
     */
    public Stream<ServerSentEvent> stream() {
        Spliterator<ServerSentEvent> spliterator = Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

    /** Ends the exchange and releases the connection; further iteration ends. Safe to repeat. */
    @Override
    public void close() {
        closed = true;
        try {
            body.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    @Override
    public String toString() {
        return "EventStream[" + operationId + " " + status + (closed ? " closed" : "") + "]";
    }

    /** Reads one event ahead, so {@code hasNext} can answer. */
    private final class Events implements Iterator<ServerSentEvent> {
        private ServerSentEvent next;
        private boolean done;
        private String lastId;
        private String resumedAfter;
        private int failures;
        private Duration wait = resume == null ? Duration.ZERO : Duration.ofMillis(resume.retryMs());

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (done || closed) {
                    return false;
                }
                ServerSentEvent event;
                IOException broke = null;
                try {
                    event = parser.next();
                } catch (IOException e) {
                    if (closed) {
                        done = true;
                        return false; // closed by the caller while a read was waiting
                    }
                    event = null;
                    broke = e;
                }
                if (event != null) {
                    deliver(event);
                    continue;
                }
                closeBody();
                if (reopen == null) {
                    done = true;
                    close();
                    if (broke != null) {
                        throw new ApiConnectionException("the event stream broke: " + describe(broke), operationId, method, uri, broke);
                    }
                    return false;
                }
                reconnect(broke);
            }
            return true;
        }

        /** Takes an event, unless it is the one the stream resumed after, sent again. */
        private void deliver(ServerSentEvent event) {
            event.retry().ifPresent(retry -> wait = retry);
            String id = event.id().orElse(null);
            if (resumedAfter != null && resumedAfter.equals(id)) {
                resumedAfter = null;
                return; // the server sent again the event it resumed after
            }
            resumedAfter = null;
            if (id != null && !id.isEmpty()) {
                lastId = id;
            }
            failures = 0;
            next = event;
        }

        /**
         * Opens the stream again after the last event delivered, waiting first; gives up after
         * maxReconnects in a row without an event in between.
         */
        private void reconnect(Exception broke) {
            Exception lastBreak = broke;
            while (true) {
                if (failures >= resume.maxReconnects()) {
                    done = true;
                    close();
                    if (lastBreak != null) {
                        throw new ApiConnectionException("the event stream broke " + failures + " times in a row: "
                                + describe(lastBreak), operationId, method, uri, lastBreak);
                    }
                    return; // it last ended cleanly: the server has nothing more
                }
                failures++;
                pause();
                if (closed) {
                    done = true;
                    return;
                }
                EventStream fresh;
                try {
                    fresh = reopen.open(lastId);
                } catch (ApiStatusException e) {
                    done = true; // an error status ends it at once
                    close();
                    throw e;
                } catch (SdkException e) {
                    lastBreak = e; // no connection: counts as a try
                    continue;
                }
                body = fresh.body;
                parser = fresh.parser;
                resumedAfter = lastId;
                if (closed) {
                    closeBody();
                }
                return;
            }
        }

        private void pause() {
            if (wait.isZero() || wait.isNegative()) {
                return;
            }
            CompletableFuture<Void> timer = sleeper.sleep(wait);
            try {
                timer.get();
            } catch (InterruptedException e) {
                timer.cancel(true);
                Thread.currentThread().interrupt();
                done = true;
                close();
                throw new ApiConnectionException("interrupted while waiting to resume the event stream", operationId, method, uri, e);
            } catch (ExecutionException | CancellationException e) {
                // a cancelled or failed timer ends the wait early
            }
        }

        @Override
        public ServerSentEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ServerSentEvent event = next;
            next = null;
            return event;
        }
    }

    private void closeBody() {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        return message == null || message.isEmpty() ? error.getClass().getSimpleName() : message;
    }
}
