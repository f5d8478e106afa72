package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Stage a running deployment is currently in.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class DeploymentStage {
    /**
     * The value <code>"pending"</code>.
     */
    public static final DeploymentStage PENDING = new DeploymentStage("pending");

    /**
     * The value <code>"building"</code>.
     */
    public static final DeploymentStage BUILDING = new DeploymentStage("building");

    /**
     * The value <code>"pushing"</code>.
     */
    public static final DeploymentStage PUSHING = new DeploymentStage("pushing");

    /**
     * The value <code>"deploying"</code>.
     */
    public static final DeploymentStage DEPLOYING = new DeploymentStage("deploying");

    private static final List<DeploymentStage> VALUES = List.of(PENDING, BUILDING, PUSHING, DEPLOYING);

    private final String value;

    private DeploymentStage(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeploymentStage of(String value) {
        for (DeploymentStage known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new DeploymentStage(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<DeploymentStage> values() {
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
        return this == other || other instanceof DeploymentStage && value.equals(((DeploymentStage) other).value);
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
