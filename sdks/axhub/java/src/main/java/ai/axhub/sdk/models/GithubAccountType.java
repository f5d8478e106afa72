package ai.axhub.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Whether this is the caller's own user or an organization.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class GithubAccountType {
    /**
     * The value <code>"User"</code>.
     */
    public static final GithubAccountType USER = new GithubAccountType("User");

    /**
     * The value <code>"Organization"</code>.
     */
    public static final GithubAccountType ORGANIZATION = new GithubAccountType("Organization");

    private static final List<GithubAccountType> VALUES = List.of(USER, ORGANIZATION);

    private final String value;

    private GithubAccountType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GithubAccountType of(String value) {
        for (GithubAccountType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new GithubAccountType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<GithubAccountType> values() {
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
        return this == other || other instanceof GithubAccountType && value.equals(((GithubAccountType) other).value);
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
