package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a finished job ended.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class JobOutcome {
    /**
     * The value <code>"success"</code>.
     */
    public static final JobOutcome SUCCESS = new JobOutcome("success");

    /**
     * The value <code>"failed"</code>.
     */
    public static final JobOutcome FAILED = new JobOutcome("failed");

    private static final List<JobOutcome> VALUES = List.of(SUCCESS, FAILED);

    private final String value;

    private JobOutcome(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobOutcome of(String value) {
        for (JobOutcome known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new JobOutcome(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<JobOutcome> values() {
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
        return this == other || other instanceof JobOutcome && value.equals(((JobOutcome) other).value);
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
