package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The event type.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class MemberRoleChangedEventType {
    /**
     * The value <code>"member.role_changed"</code>.
     */
    public static final MemberRoleChangedEventType MEMBER_ROLE_CHANGED = new MemberRoleChangedEventType("member.role_changed");

    private static final List<MemberRoleChangedEventType> VALUES = List.of(MEMBER_ROLE_CHANGED);

    private final String value;

    private MemberRoleChangedEventType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MemberRoleChangedEventType of(String value) {
        for (MemberRoleChangedEventType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new MemberRoleChangedEventType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<MemberRoleChangedEventType> values() {
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
        return this == other || other instanceof MemberRoleChangedEventType && value.equals(((MemberRoleChangedEventType) other).value);
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
