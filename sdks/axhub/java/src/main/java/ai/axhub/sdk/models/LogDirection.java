package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>backward</code> pages from newest to older lines; <code>forward</code> returns only lines
 * newer than the cursor (used for live tailing).
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class LogDirection {
    /**
     * The value <code>"backward"</code>.
     */
    public static final LogDirection BACKWARD = new LogDirection("backward");

    /**
     * The value <code>"forward"</code>.
     */
    public static final LogDirection FORWARD = new LogDirection("forward");

    private static final List<LogDirection> VALUES = List.of(BACKWARD, FORWARD);

    private final String value;

    private LogDirection(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LogDirection of(String value) {
        for (LogDirection known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new LogDirection(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<LogDirection> values() {
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
        return this == other || other instanceof LogDirection && value.equals(((LogDirection) other).value);
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
