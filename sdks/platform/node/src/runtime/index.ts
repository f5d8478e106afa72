// Public: the names of the runtime that users and generated code import.

export { APIPromise } from "./api-promise.js";
export type { WithRequestId, WithResponse } from "./api-promise.js";
export { BaseClient } from "./client.js";
export type { Caller, ClientDefaults, OperationError, OperationShape, RequestArgs } from "./client.js";
export type { HostDefaults } from "./config.js";
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
export { Page, PagePromise } from "./page.js";
export { RawResponse } from "./response.js";
export { RequestSigner } from "./signing.js";
export type { RequestSignature, SignaturePart, SignedBody, SignerOptions } from "./signing.js";
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
