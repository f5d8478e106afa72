/**
 * Public: the runtime every generated client is built on. Clients, options, results, helpers
 * (pagination, waiters, log tail) and the value types generated models use ({@link
 * io.platformexample.sdk.core.JsonNullable}). Generated code describes operations with {@link
 * io.platformexample.sdk.core.Operation} and hands them to {@link io.platformexample.sdk.core.ApiClient}.
 */
package io.platformexample.sdk.core;
