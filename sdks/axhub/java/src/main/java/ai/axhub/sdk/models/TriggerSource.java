package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What started a deployment: a repository push (<code>webhook</code>), a user
 * (<code>manual</code>) or a rollback (<code>rollback</code>).
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class TriggerSource {
    /**
     * The value <code>"webhook"</code>.
     */
    public static final TriggerSource WEBHOOK = new TriggerSource("webhook");

    /**
     * The value <code>"manual"</code>.
     */
    public static final TriggerSource MANUAL = new TriggerSource("manual");

    /**
     * The value <code>"rollback"</code>.
     */
    public static final TriggerSource ROLLBACK = new TriggerSource("rollback");

    private static final List<TriggerSource> VALUES = List.of(WEBHOOK, MANUAL, ROLLBACK);

    private final String value;

    private TriggerSource(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TriggerSource of(String value) {
        for (TriggerSource known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TriggerSource(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<TriggerSource> values() {
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
        return this == other || other instanceof TriggerSource && value.equals(((TriggerSource) other).value);
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
