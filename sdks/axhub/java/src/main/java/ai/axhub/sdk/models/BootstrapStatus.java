package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Overall state of a bootstrap. <code>done</code> and <code>failed</code> are terminal.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class BootstrapStatus {
    /**
     * The value <code>"running"</code>.
     */
    public static final BootstrapStatus RUNNING = new BootstrapStatus("running");

    /**
     * The value <code>"done"</code>.
     */
    public static final BootstrapStatus DONE = new BootstrapStatus("done");

    /**
     * The value <code>"failed"</code>.
     */
    public static final BootstrapStatus FAILED = new BootstrapStatus("failed");

    private static final List<BootstrapStatus> VALUES = List.of(RUNNING, DONE, FAILED);

    private final String value;

    private BootstrapStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BootstrapStatus of(String value) {
        for (BootstrapStatus known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new BootstrapStatus(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<BootstrapStatus> values() {
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
        return this == other || other instanceof BootstrapStatus && value.equals(((BootstrapStatus) other).value);
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
