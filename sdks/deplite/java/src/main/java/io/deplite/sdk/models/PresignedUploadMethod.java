package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The PresignedUploadMethod values. The constants are the values known when the SDK was generated;
 * {@link #of} also accepts any other value, so a newer server never breaks decoding.
 */
public final class PresignedUploadMethod {
    /**
     * The value <code>"PUT"</code>.
     */
    public static final PresignedUploadMethod PUT = new PresignedUploadMethod("PUT");

    private static final List<PresignedUploadMethod> VALUES = List.of(PUT);

    private final String value;

    private PresignedUploadMethod(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PresignedUploadMethod of(String value) {
        for (PresignedUploadMethod known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new PresignedUploadMethod(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<PresignedUploadMethod> values() {
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
        return this == other || other instanceof PresignedUploadMethod && value.equals(((PresignedUploadMethod) other).value);
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
