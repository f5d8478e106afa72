/**
 * Public: the runtime every generated client is built on. Clients, options, results, helpers
 * (pagination, waiters, log tail) and the value types generated models use ({@link
 * sdkgen.runtime.core.JsonNullable}). Generated code describes operations with {@link
 * sdkgen.runtime.core.Operation} and hands them to {@link sdkgen.runtime.core.ApiClient}.
 */
package sdkgen.runtime.core;
