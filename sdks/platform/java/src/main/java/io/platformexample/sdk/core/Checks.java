package io.platformexample.sdk.core;

import io.platformexample.sdk.errors.InvalidArgumentException;

/** Public, for generated code: argument checks that name what is missing and where. */
public final class Checks {
    private Checks() {}

    /**
     * A required value, or an {@link InvalidArgumentException} naming it.
     *
     * @param <T> the type of the value
     * @param value the value
     * @param name what it is, e.g. {@code Deployment.id}
     * @return the value
     * @throws InvalidArgumentException when the value is null
     */
    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidArgumentException(name + " is required");
        }
        return value;
    }
}
