package io.platformexample.sdk.core;

import java.util.Map;
import java.util.function.Function;

/**
 * Public: builds a client. The generated client's {@code builder()} returns one of these (or the
 * client's own {@code Builder}, for an API with settings of its own), with the API's default base
 * URL already set.
 *
 * @param <C> the client it builds
 */
public final class ClientBuilder<C> extends BaseClientBuilder<C, ClientBuilder<C>> {
    private ClientBuilder(Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        super(factory, operations);
    }

    /**
     * A builder for a client over some operations.
     *
     * @param <C> the client it builds
     * @param factory makes the client from its {@link ApiClient}
     * @param operations the operations, by operationId
     * @return a builder with the defaults
     */
    public static <C> ClientBuilder<C> create(Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        return new ClientBuilder<>(factory, operations);
    }

    /**
     * A builder starting from an existing client's settings, sharing its transport (connection
     * pool) unless the connect timeout or transport is changed.
     *
     * @param <C> the client it builds
     * @param options the settings to start from
     * @param factory makes the client from its {@link ApiClient}
     * @param operations the operations, by operationId
     * @return a builder
     */
    public static <C> ClientBuilder<C> from(
            ClientOptions options, Function<ApiClient, C> factory, Map<String, Operation<?>> operations) {
        return new ClientBuilder<>(factory, operations).inherit(options);
    }

    @Override
    protected ClientBuilder<C> self() {
        return this;
    }
}
