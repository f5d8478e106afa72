package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>org</code>: the token may run any trigger of the organisation; <code>trigger</code>: only
 * those in <code>triggerIds</code>.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class TokenScope {
    /**
     * The value <code>"org"</code>.
     */
    public static final TokenScope ORG = new TokenScope("org");

    /**
     * The value <code>"trigger"</code>.
     */
    public static final TokenScope TRIGGER = new TokenScope("trigger");

    private static final List<TokenScope> VALUES = List.of(ORG, TRIGGER);

    private final String value;

    private TokenScope(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TokenScope of(String value) {
        for (TokenScope known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TokenScope(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<TokenScope> values() {
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
        return this == other || other instanceof TokenScope && value.equals(((TokenScope) other).value);
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
