package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>workflow</code>: the trigger runs its <code>workflowName</code> only; <code>agent</code>:
 * a run may name any workflow its agent reported.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class TriggerScope {
    /**
     * The value <code>"workflow"</code>.
     */
    public static final TriggerScope WORKFLOW = new TriggerScope("workflow");

    /**
     * The value <code>"agent"</code>.
     */
    public static final TriggerScope AGENT = new TriggerScope("agent");

    private static final List<TriggerScope> VALUES = List.of(WORKFLOW, AGENT);

    private final String value;

    private TriggerScope(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TriggerScope of(String value) {
        for (TriggerScope known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TriggerScope(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<TriggerScope> values() {
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
        return this == other || other instanceof TriggerScope && value.equals(((TriggerScope) other).value);
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
