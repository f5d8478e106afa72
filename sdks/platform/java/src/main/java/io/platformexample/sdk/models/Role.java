package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A member's role in a tenant: the <code>owner</code> (one per tenant) may do everything, an
 * <code>admin</code> manages users and webhooks, a <code>user</code> works in the tenant.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class Role {
    /**
     * The value <code>"owner"</code>.
     */
    public static final Role OWNER = new Role("owner");

    /**
     * The value <code>"admin"</code>.
     */
    public static final Role ADMIN = new Role("admin");

    /**
     * The value <code>"user"</code>.
     */
    public static final Role USER = new Role("user");

    private static final List<Role> VALUES = List.of(OWNER, ADMIN, USER);

    private final String value;

    private Role(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Role of(String value) {
        for (Role known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new Role(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<Role> values() {
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
        return this == other || other instanceof Role && value.equals(((Role) other).value);
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
