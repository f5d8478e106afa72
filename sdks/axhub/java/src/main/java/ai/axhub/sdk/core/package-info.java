/**
 * Public: the runtime every generated client is built on. Clients, options, results, helpers
 * (pagination, waiters, log tail) and the value types generated models use ({@link
 * ai.axhub.sdk.core.JsonNullable}). Generated code describes operations with {@link
 * ai.axhub.sdk.core.Operation} and hands them to {@link ai.axhub.sdk.core.ApiClient}.
 */
package ai.axhub.sdk.core;
