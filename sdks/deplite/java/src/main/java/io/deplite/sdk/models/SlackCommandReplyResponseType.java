package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The SlackCommandReplyResponseType values. The constants are the values known when the SDK was generated;
 * {@link #of} also accepts any other value, so a newer server never breaks decoding.
 */
public final class SlackCommandReplyResponseType {
    /**
     * The value <code>"ephemeral"</code>.
     */
    public static final SlackCommandReplyResponseType EPHEMERAL = new SlackCommandReplyResponseType("ephemeral");

    /**
     * The value <code>"in_channel"</code>.
     */
    public static final SlackCommandReplyResponseType IN_CHANNEL = new SlackCommandReplyResponseType("in_channel");

    private static final List<SlackCommandReplyResponseType> VALUES = List.of(EPHEMERAL, IN_CHANNEL);

    private final String value;

    private SlackCommandReplyResponseType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SlackCommandReplyResponseType of(String value) {
        for (SlackCommandReplyResponseType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new SlackCommandReplyResponseType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<SlackCommandReplyResponseType> values() {
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
        return this == other || other instanceof SlackCommandReplyResponseType && value.equals(((SlackCommandReplyResponseType) other).value);
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
