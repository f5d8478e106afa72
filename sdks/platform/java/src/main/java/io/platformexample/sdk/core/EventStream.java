package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.ApiConnectionException;
import io.platformexample.sdk.internal.EventParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
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
 * ApiConnectionException} from the iterator. The stream is not retried once it has begun.
 */
public final class EventStream implements Iterable<ServerSentEvent>, AutoCloseable {
    private final InputStream body;
    private final EventParser parser;
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

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done || closed) {
                return false;
            }
            try {
                next = parser.next();
            } catch (IOException e) {
                done = true;
                if (closed) {
                    return false; // closed by the caller while a read was waiting
                }
                close();
                throw new ApiConnectionException("the event stream broke: " + describe(e), operationId, method, uri, e);
            }
            if (next == null) {
                done = true;
                close();
                return false;
            }
            return true;
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

    private static String describe(IOException error) {
        String message = error.getMessage();
        return message == null || message.isEmpty() ? error.getClass().getSimpleName() : message;
    }
}
