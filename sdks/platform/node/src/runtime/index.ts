// Public: the names of the runtime that users and generated code import.

export { APIPromise } from "./api-promise.js";
export type { WithResponse } from "./api-promise.js";
export { BaseClient } from "./client.js";
export type { Caller, ClientDefaults, OperationError, OperationShape, RequestArgs } from "./client.js";
export { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./constants.js";
export * from "./errors.js";
export { extraField } from "./extra.js";
export type { ExtraFieldValue, OpenModel } from "./extra.js";
export type {
  Operation,
  Pagination,
  Param,
  ParamLocation,
  ParamStyle,
  ResponseKind,
  SecurityScheme,
  Tail,
  Waiter,
} from "./operation.js";
export { RawResponse } from "./response.js";
export { backoffDelay, parseRetryAfter, retryDelay } from "./retry.js";
export type {
  ClientOptions,
  DebugRequest,
  DebugResponse,
  EmptyResult,
  FetchLike,
  Logger,
  NoParams,
  Params,
  RedirectResult,
  RequestOptions,
  ServerSentEvent,
  SignableRequest,
  Signer,
  TailOptions,
  WaitOptions,
} from "./types.js";
