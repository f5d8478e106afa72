package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * <code>online</code> while the agent is heard from; <code>offline</code> after three silent
 * minutes.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class AgentStatus {
    /**
     * The value <code>"online"</code>.
     */
    public static final AgentStatus ONLINE = new AgentStatus("online");

    /**
     * The value <code>"offline"</code>.
     */
    public static final AgentStatus OFFLINE = new AgentStatus("offline");

    private static final List<AgentStatus> VALUES = List.of(ONLINE, OFFLINE);

    private final String value;

    private AgentStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AgentStatus of(String value) {
        for (AgentStatus known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new AgentStatus(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<AgentStatus> values() {
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
        return this == other || other instanceof AgentStatus && value.equals(((AgentStatus) other).value);
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
