package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>admin</code>: the key acts as an administrator of the root tenant; <code>user</code>: the
 * key acts as its creator and names the tenant per call.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class Authority {
    /**
     * The value <code>"admin"</code>.
     */
    public static final Authority ADMIN = new Authority("admin");

    /**
     * The value <code>"user"</code>.
     */
    public static final Authority USER = new Authority("user");

    private static final List<Authority> VALUES = List.of(ADMIN, USER);

    private final String value;

    private Authority(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Authority of(String value) {
        for (Authority known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new Authority(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<Authority> values() {
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
        return this == other || other instanceof Authority && value.equals(((Authority) other).value);
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
