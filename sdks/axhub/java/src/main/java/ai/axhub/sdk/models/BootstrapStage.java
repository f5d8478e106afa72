package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Step a bootstrap is at, in order: create the app, create the repository, push the template,
 * connect the repository, deploy; <code>done</code> once all steps are through.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class BootstrapStage {
    /**
     * The value <code>"app"</code>.
     */
    public static final BootstrapStage APP = new BootstrapStage("app");

    /**
     * The value <code>"repo"</code>.
     */
    public static final BootstrapStage REPO = new BootstrapStage("repo");

    /**
     * The value <code>"push"</code>.
     */
    public static final BootstrapStage PUSH = new BootstrapStage("push");

    /**
     * The value <code>"connect"</code>.
     */
    public static final BootstrapStage CONNECT = new BootstrapStage("connect");

    /**
     * The value <code>"deploy"</code>.
     */
    public static final BootstrapStage DEPLOY = new BootstrapStage("deploy");

    /**
     * The value <code>"done"</code>.
     */
    public static final BootstrapStage DONE = new BootstrapStage("done");

    private static final List<BootstrapStage> VALUES = List.of(APP, REPO, PUSH, CONNECT, DEPLOY, DONE);

    private final String value;

    private BootstrapStage(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BootstrapStage of(String value) {
        for (BootstrapStage known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new BootstrapStage(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<BootstrapStage> values() {
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
        return this == other || other instanceof BootstrapStage && value.equals(((BootstrapStage) other).value);
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
