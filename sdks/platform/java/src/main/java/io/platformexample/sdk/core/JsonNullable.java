package io.platformexample.sdk.core;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A value that may be absent, JSON null, or present: the three states of a field that the schema
 * lets be both left out and null.
 *
 * <p>Models return it for exactly those fields; a field that can only be left out, or only be null,
 * reads as {@link Optional}. In a request, an undefined value is not sent and {@code of(null)} is
 * sent as {@code null}.
 *
 * @param <T> the type of the value
 */
public final class JsonNullable<T> {
    private static final JsonNullable<?> UNDEFINED = new JsonNullable<>(null, false);

    private final T value;
    private final boolean present;

    private JsonNullable(T value, boolean present) {
        this.value = value;
        this.present = present;
    }

    /**
     * The absent state: not sent, not received.
     *
     * @param <T> the type of the value
     * @return the undefined instance
     */
    @SuppressWarnings("unchecked")
    public static <T> JsonNullable<T> undefined() {
        return (JsonNullable<T>) UNDEFINED;
    }

    /**
     * A present value, or JSON null when {@code value} is null.
     *
     * @param <T> the type of the value
     * @param value the value, or null
     * @return the present state
     */
    public static <T> JsonNullable<T> of(T value) {
        return new JsonNullable<>(value, true);
    }

    /**
     * JSON null.
     *
     * @param <T> the type of the value
     * @return the null state
     */
    public static <T> JsonNullable<T> ofNull() {
        return new JsonNullable<>(null, true);
    }

    /**
     * Whether the value was given (a value or JSON null).
     *
     * @return true unless undefined
     */
    public boolean isPresent() {
        return present;
    }

    /**
     * Whether the value is absent.
     *
     * @return true when undefined
     */
    public boolean isUndefined() {
        return !present;
    }

    /**
     * Whether the value is JSON null.
     *
     * @return true when present and null
     */
    public boolean isNull() {
        return present && value == null;
    }

    /**
     * The value, which is null for JSON null.
     *
     * @return the value
     * @throws NoSuchElementException when undefined
     */
    public T get() {
        if (!present) {
            throw new NoSuchElementException("the value is undefined");
        }
        return value;
    }

    /**
     * The value when present and not null, else {@code other}.
     *
     * @param other the fallback
     * @return the value or the fallback
     */
    public T orElse(T other) {
        return value != null ? value : other;
    }

    /**
     * The value as an {@link Optional}: empty when undefined or null.
     *
     * @return the optional
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * The value mapped, keeping the undefined and null states.
     *
     * @param <R> the type of the result
     * @param mapper the function applied to a non-null value
     * @return the mapped state
     */
    public <R> JsonNullable<R> map(Function<? super T, ? extends R> mapper) {
        if (!present) {
            return undefined();
        }
        return value == null ? ofNull() : of(mapper.apply(value));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof JsonNullable<?>)) {
            return false;
        }
        JsonNullable<?> that = (JsonNullable<?>) other;
        return present == that.present && Objects.deepEquals(value, that.value);
    }

    @Override
    public int hashCode() {
        return present ? 31 + Objects.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        return present ? "JsonNullable[" + value + "]" : "JsonNullable.undefined";
    }
}
