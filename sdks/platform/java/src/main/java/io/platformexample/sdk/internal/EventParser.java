package io.platformexample.sdk.internal;

import io.platformexample.sdk.core.ServerSentEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Internal: reads a {@code text/event-stream} body into events as the HTML standard says, each one
 * as soon as its closing blank line arrives. Lines end with CRLF, LF or CR (a CR at the end of one
 * read and the LF at the start of the next are one line end); lines are split on bytes, where UTF-8
 * never has a CR or LF inside a character, and decoded whole. An event still open when the body
 * ends is dispatched too.
 */
public final class EventParser {
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean skipLf;
    private boolean firstLine = true;
    private boolean ended;

    private StringBuilder data;
    private String eventType = "";
    private String lastId;
    private Long retry;

    /**
     * A parser over a body.
     *
     * @param in the body, read as far as each event needs
     */
    public EventParser(InputStream in) {
        this.in = in;
    }

    /**
     * The next event, blocking until it has arrived.
     *
     * @return the event, or null when the body has ended
     * @throws IOException when reading the body fails
     */
    public ServerSentEvent next() throws IOException {
        while (!ended) {
            String text = readLine();
            if (text == null) {
                ended = true;
                return dispatch();
            }
            ServerSentEvent event = take(text);
            if (event != null) {
                return event;
            }
        }
        return null;
    }

    /** One line without its end; at the end of the body the unterminated rest, then null. */
    private String readLine() throws IOException {
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.size() > 0 ? decode() : null;
                }
            }
            int b = buffer[position++] & 0xFF;
            if (skipLf) {
                skipLf = false;
                if (b == LF) {
                    continue;
                }
            }
            if (b == CR || b == LF) {
                skipLf = b == CR;
                return decode();
            }
            line.write(b);
        }
    }

    private String decode() {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (firstLine) {
            firstLine = false;
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1); // a byte order mark before the first line is not content
            }
        }
        return text;
    }

    /** Applies one line; the event when it was the blank line that ends one. */
    private ServerSentEvent take(String text) {
        if (text.isEmpty()) {
            return dispatch();
        }
        if (text.startsWith(":")) {
            return null; // a comment, often a keep-alive
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "data":
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
                break;
            case "event":
                eventType = value;
                break;
            case "id":
                if (value.indexOf('\0') < 0) {
                    lastId = value;
                }
                break;
            case "retry":
                if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    try {
                        retry = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        // more digits than a long holds: ignored, like any other bad value
                    }
                }
                break;
            default: // unknown fields are ignored
                break;
        }
        return null;
    }

    /** The event read so far, if it has data; the type and data start over either way. */
    private ServerSentEvent dispatch() {
        StringBuilder done = data;
        String type = eventType;
        data = null;
        eventType = "";
        if (done == null) {
            return null;
        }
        return new ServerSentEvent(type.isEmpty() ? "message" : type, done.toString(), lastId, retry);
    }
}
