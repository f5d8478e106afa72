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
public final class MemberAddedEventType {
    /**
     * The value <code>"member.added"</code>.
     */
    public static final MemberAddedEventType MEMBER_ADDED = new MemberAddedEventType("member.added");

    private static final List<MemberAddedEventType> VALUES = List.of(MEMBER_ADDED);

    private final String value;

    private MemberAddedEventType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MemberAddedEventType of(String value) {
        for (MemberAddedEventType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new MemberAddedEventType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<MemberAddedEventType> values() {
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
        return this == other || other instanceof MemberAddedEventType && value.equals(((MemberAddedEventType) other).value);
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
