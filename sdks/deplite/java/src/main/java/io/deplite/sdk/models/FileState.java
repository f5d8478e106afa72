package io.deplite.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The FileState values. The constants are the values known when the SDK was generated;
 * {@link #of} also accepts any other value, so a newer server never breaks decoding.
 */
public final class FileState {
    /**
     * The value <code>"pending"</code>.
     */
    public static final FileState PENDING = new FileState("pending");

    /**
     * The value <code>"uploaded"</code>.
     */
    public static final FileState UPLOADED = new FileState("uploaded");

    private static final List<FileState> VALUES = List.of(PENDING, UPLOADED);

    private final String value;

    private FileState(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FileState of(String value) {
        for (FileState known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new FileState(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<FileState> values() {
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
        return this == other || other instanceof FileState && value.equals(((FileState) other).value);
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
