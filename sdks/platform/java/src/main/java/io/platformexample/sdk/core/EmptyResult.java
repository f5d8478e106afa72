package io.platformexample.sdk.core;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The result of a 204, or of any 2xx without a body: an empty, unmodifiable map.
 *
 * <p>It equals {@code Map.of()} and serializes as {@code {}}.
 */
public final class EmptyResult extends AbstractMap<String, Object> {
    /** The one instance. */
    public static final EmptyResult INSTANCE = new EmptyResult();

    private EmptyResult() {}

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Set.of();
    }

    @Override
    public String toString() {
        return "EmptyResult{}";
    }
}
