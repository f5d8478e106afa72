package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Output stream the line came from.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class LogLineStream {
    /**
     * The value <code>"stdout"</code>.
     */
    public static final LogLineStream STDOUT = new LogLineStream("stdout");

    /**
     * The value <code>"stderr"</code>.
     */
    public static final LogLineStream STDERR = new LogLineStream("stderr");

    private static final List<LogLineStream> VALUES = List.of(STDOUT, STDERR);

    private final String value;

    private LogLineStream(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LogLineStream of(String value) {
        for (LogLineStream known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new LogLineStream(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<LogLineStream> values() {
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
        return this == other || other instanceof LogLineStream && value.equals(((LogLineStream) other).value);
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
