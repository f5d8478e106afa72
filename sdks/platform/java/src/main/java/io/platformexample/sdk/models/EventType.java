package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A kind of event.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class EventType {
    /**
     * The value <code>"tenant.created"</code>.
     */
    public static final EventType TENANT_CREATED = new EventType("tenant.created");

    /**
     * The value <code>"member.added"</code>.
     */
    public static final EventType MEMBER_ADDED = new EventType("member.added");

    /**
     * The value <code>"member.removed"</code>.
     */
    public static final EventType MEMBER_REMOVED = new EventType("member.removed");

    /**
     * The value <code>"member.role_changed"</code>.
     */
    public static final EventType MEMBER_ROLE_CHANGED = new EventType("member.role_changed");

    private static final List<EventType> VALUES = List.of(TENANT_CREATED, MEMBER_ADDED, MEMBER_REMOVED, MEMBER_ROLE_CHANGED);

    private final String value;

    private EventType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventType of(String value) {
        for (EventType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new EventType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<EventType> values() {
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
        return this == other || other instanceof EventType && value.equals(((EventType) other).value);
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
