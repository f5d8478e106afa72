package io.platformexample.sdk.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The event type.
 *
 * <p>The constants are the values known when the SDK was generated; {@link #of} also accepts
 * any other value, so a newer server never breaks decoding.
 */
public final class TenantCreatedEventType {
    /**
     * The value <code>"tenant.created"</code>.
     */
    public static final TenantCreatedEventType TENANT_CREATED = new TenantCreatedEventType("tenant.created");

    private static final List<TenantCreatedEventType> VALUES = List.of(TENANT_CREATED);

    private final String value;

    private TenantCreatedEventType(String value) {
        this.value = value;
    }

    /**
     * The constant for a value, or a new instance for a value the SDK does not know.
     *
     * @param value the wire value
     * @return the instance
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TenantCreatedEventType of(String value) {
        for (TenantCreatedEventType known : VALUES) {
            if (known.value.equals(value)) {
                return known;
            }
        }
        return new TenantCreatedEventType(Objects.requireNonNull(value, "value"));
    }

    /**
     * The values known when the SDK was generated.
     *
     * @return the constants, in the spec's order
     */
    public static List<TenantCreatedEventType> values() {
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
        return this == other || other instanceof TenantCreatedEventType && value.equals(((TenantCreatedEventType) other).value);
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
