package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where the job stands now.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class RunQueuedStatus {
    /**
     * The value <code>"queued"</code>.
     */
    public static final RunQueuedStatus QUEUED = new RunQueuedStatus("queued");

    /**
     * The value <code>"running"</code>.
     */
    public static final RunQueuedStatus RUNNING = new RunQueuedStatus("running");

    private static final List<RunQueuedStatus> VALUES = List.of(QUEUED, RUNNING);

    private final String value;

    private RunQueuedStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RunQueuedStatus of(String value) {
        for (RunQueuedStatus known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new RunQueuedStatus(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<RunQueuedStatus> values() {
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
        return this == other || other instanceof RunQueuedStatus && value.equals(((RunQueuedStatus) other).value);
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
