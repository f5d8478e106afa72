package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The LogLevel values. The constants are the values known when the SDK was generated;
 * {@link #of} also accepts any other value, so a newer server never breaks decoding.
 */
public final class LogLevel {
    /**
     * The value <code>"debug"</code>.
     */
    public static final LogLevel DEBUG = new LogLevel("debug");

    /**
     * The value <code>"info"</code>.
     */
    public static final LogLevel INFO = new LogLevel("info");

    /**
     * The value <code>"warn"</code>.
     */
    public static final LogLevel WARN = new LogLevel("warn");

    /**
     * The value <code>"error"</code>.
     */
    public static final LogLevel ERROR = new LogLevel("error");

    private static final List<LogLevel> VALUES = List.of(DEBUG, INFO, WARN, ERROR);

    private final String value;

    private LogLevel(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LogLevel of(String value) {
        for (LogLevel known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new LogLevel(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<LogLevel> values() {
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
        return this == other || other instanceof LogLevel && value.equals(((LogLevel) other).value);
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
