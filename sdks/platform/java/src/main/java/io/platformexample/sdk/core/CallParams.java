package io.platformexample.sdk.core;

import java.util.Map;

/**
 * Public: what a generated, typed parameters class hands to the runtime. The maps use wire
 * names, exactly like the {@code pathParams}/{@code query} maps of the map form.
 */
public interface CallParams {
    /**
     * The path parameters, by wire name.
     *
     * @return a new map
     */
    Map<String, Object> pathParams();

    /**
     * The query, header and cookie parameters, by wire name (each is sent where its operation
     * says).
     *
     * @return a new map
     */
    Map<String, Object> queryParams();

    /**
     * The request body.
     *
     * @return the body, or null
     */
    Object body();
}
