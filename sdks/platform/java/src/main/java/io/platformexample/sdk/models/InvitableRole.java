package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The roles an invitation or a role change can give.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class InvitableRole {
    /**
     * The value <code>"admin"</code>.
     */
    public static final InvitableRole ADMIN = new InvitableRole("admin");

    /**
     * The value <code>"user"</code>.
     */
    public static final InvitableRole USER = new InvitableRole("user");

    private static final List<InvitableRole> VALUES = List.of(ADMIN, USER);

    private final String value;

    private InvitableRole(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InvitableRole of(String value) {
        for (InvitableRole known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new InvitableRole(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<InvitableRole> values() {
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
        return this == other || other instanceof InvitableRole && value.equals(((InvitableRole) other).value);
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
