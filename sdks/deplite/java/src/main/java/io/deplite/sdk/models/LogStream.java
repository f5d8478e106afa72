package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>summary</code>: step-level lines the agent writes; <code>raw</code>: the workflow's own
 * output.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class LogStream {
    /**
     * The value <code>"summary"</code>.
     */
    public static final LogStream SUMMARY = new LogStream("summary");

    /**
     * The value <code>"raw"</code>.
     */
    public static final LogStream RAW = new LogStream("raw");

    private static final List<LogStream> VALUES = List.of(SUMMARY, RAW);

    private final String value;

    private LogStream(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LogStream of(String value) {
        for (LogStream known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new LogStream(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<LogStream> values() {
        return VALUES;
    }

    /**
     * The wire value.
     *
     * @return the value
     */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * Whether this is one of the constants.
     *
     * @return true for a known value
     */
    public boolean isKnown() {
        return VALUES.contains(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LogStream && value.equals(((LogStream) other).value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
