package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>async</code>: a run answers at once with the queued job; <code>sync</code>: a run waits
 * (up to 30 seconds) for the job's result.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class ResponseMode {
    /**
     * The value <code>"async"</code>.
     */
    public static final ResponseMode ASYNC = new ResponseMode("async");

    /**
     * The value <code>"sync"</code>.
     */
    public static final ResponseMode SYNC = new ResponseMode("sync");

    private static final List<ResponseMode> VALUES = List.of(ASYNC, SYNC);

    private final String value;

    private ResponseMode(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResponseMode of(String value) {
        for (ResponseMode known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new ResponseMode(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<ResponseMode> values() {
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
        return this == other || other instanceof ResponseMode && value.equals(((ResponseMode) other).value);
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
