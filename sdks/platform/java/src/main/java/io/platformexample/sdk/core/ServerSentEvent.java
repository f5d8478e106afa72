package io.platformexample.sdk.core;

import com.fasterxml.jackson.core.type.TypeReference;
import io.platformexample.sdk.errors.ResponseDecodeException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Public: one server-sent event of an {@link EventStream}, as the HTML standard defines it.
 * Immutable.
 */
public final class ServerSentEvent {
    private final String event;
    private final String data;
    private final String id;
    private final Long retryMillis;

    /**
     * An event.
     *
     * @param event the event type ({@code message} when the stream names none)
     * @param data the data lines, joined with {@code \n}
     * @param id the last event id, or null (or empty) for none
     * @param retryMillis the reconnection time the stream asked for, in milliseconds, or null
     */
    public ServerSentEvent(String event, String data, String id, Long retryMillis) {
        this.event = Objects.requireNonNull(event, "event");
        this.data = Objects.requireNonNull(data, "data");
        this.id = id == null || id.isEmpty() ? null : id;
        this.retryMillis = retryMillis;
    }

    /**
     * The event type: the stream's {@code event} field, {@code message} when it has none.
     *
     * @return the type
     */
    public String event() {
        return event;
    }

    /**
     * The data: every {@code data} line of the event, joined with {@code \n}.
     *
     * @return the data
     */
    public String data() {
        return data;
    }

    /**
     * The last event id the stream set (it carries over to later events).
     *
     * @return the id, or empty when none was set
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The reconnection time the stream last asked for ({@code retry}).
     *
     * @return the time, or empty when it asked for none
     */
    public Optional<Duration> retry() {
        return retryMillis == null ? Optional.empty() : Optional.of(Duration.ofMillis(retryMillis));
    }

    /**
     * The data decoded as JSON, for streams whose events carry JSON.
     *
     * @param <T> the type
     * @param type the class to decode to
     * @return the value
     * @throws ResponseDecodeException when the data is not JSON of that type
     */
    public <T> T dataAs(Class<T> type) {
        try {
            return Json.mapper().readValue(data, type);
        } catch (IOException e) {
            throw new ResponseDecodeException("event data does not decode (" + e.getMessage() + ")", 200, data, null, e);
        }
    }

    /**
     * The data decoded as JSON of a generic type.
     *
     * @param <T> the type
     * @param type the type to decode to
     * @return the value
     * @throws ResponseDecodeException when the data is not JSON of that type
     */
    public <T> T dataAs(TypeReference<T> type) {
        try {
            return Json.mapper().readValue(data, type);
        } catch (IOException e) {
            throw new ResponseDecodeException("event data does not decode (" + e.getMessage() + ")", 200, data, null, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ServerSentEvent)) {
            return false;
        }
        ServerSentEvent that = (ServerSentEvent) other;
        return event.equals(that.event)
                && data.equals(that.data)
                && Objects.equals(id, that.id)
                && Objects.equals(retryMillis, that.retryMillis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, data, id, retryMillis);
    }

    @Override
    public String toString() {
        return "ServerSentEvent{event=" + event + ", data=" + data + (id == null ? "" : ", id=" + id)
                + (retryMillis == null ? "" : ", retry=" + retryMillis + "ms") + "}";
    }
}
