package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Lifecycle status of a deployment. <code>succeeded</code>, <code>failed</code> and
 * <code>cancelled</code> are terminal.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class DeploymentStatus {
    /**
     * The value <code>"pending"</code>.
     */
    public static final DeploymentStatus PENDING = new DeploymentStatus("pending");

    /**
     * The value <code>"building"</code>.
     */
    public static final DeploymentStatus BUILDING = new DeploymentStatus("building");

    /**
     * The value <code>"pushing"</code>.
     */
    public static final DeploymentStatus PUSHING = new DeploymentStatus("pushing");

    /**
     * The value <code>"deploying"</code>.
     */
    public static final DeploymentStatus DEPLOYING = new DeploymentStatus("deploying");

    /**
     * The value <code>"succeeded"</code>.
     */
    public static final DeploymentStatus SUCCEEDED = new DeploymentStatus("succeeded");

    /**
     * The value <code>"failed"</code>.
     */
    public static final DeploymentStatus FAILED = new DeploymentStatus("failed");

    /**
     * The value <code>"cancelled"</code>.
     */
    public static final DeploymentStatus CANCELLED = new DeploymentStatus("cancelled");

    private static final List<DeploymentStatus> VALUES = List.of(PENDING, BUILDING, PUSHING, DEPLOYING, SUCCEEDED, FAILED, CANCELLED);

    private final String value;

    private DeploymentStatus(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeploymentStatus of(String value) {
        for (DeploymentStatus known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new DeploymentStatus(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<DeploymentStatus> values() {
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
        return this == other || other instanceof DeploymentStatus && value.equals(((DeploymentStatus) other).value);
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
