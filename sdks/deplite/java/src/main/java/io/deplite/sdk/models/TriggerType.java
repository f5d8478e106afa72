package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where the trigger is meant to be started from.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class TriggerType {
    /**
     * The value <code>"webhook"</code>.
     */
    public static final TriggerType WEBHOOK = new TriggerType("webhook");

    /**
     * The value <code>"manual"</code>.
     */
    public static final TriggerType MANUAL = new TriggerType("manual");

    /**
     * The value <code>"slack"</code>.
     */
    public static final TriggerType SLACK = new TriggerType("slack");

    private static final List<TriggerType> VALUES = List.of(WEBHOOK, MANUAL, SLACK);

    private final String value;

    private TriggerType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TriggerType of(String value) {
        for (TriggerType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TriggerType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<TriggerType> values() {
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
        return this == other || other instanceof TriggerType && value.equals(((TriggerType) other).value);
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
