// The promise a resource method returns: awaited it gives the decoded result; it also offers
// the response behind it (`asResponse()`) and both together (`withResponse()`).

import type { RawResponse } from "./response.js";

/**
 * A decoded object result with the server's request ID: `_requestId` is a non-enumerable own
 * property (it stays out of `JSON.stringify`, spreads and deep-equality checks). Arrays, strings,
 * bytes and redirect results carry none.
 */
export type WithRequestId<T> = T extends readonly unknown[] | string | Uint8Array
  ? T
  : T extends object
    ? T & { readonly _requestId?: string | undefined }
    : T;

/** Put the response's `X-Request-ID` on a decoded object result (see `WithRequestId`). */
export function attachRequestId<T>(value: T, requestId: string | undefined): WithRequestId<T> {
  if (
    requestId !== undefined &&
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    Object.isExtensible(value)
  ) {
    Object.defineProperty(value, "_requestId", { value: requestId, enumerable: false, configurable: true });
  }
  return value as WithRequestId<T>;
}

/** A result with the response it was decoded from and the server's request ID. */
export interface WithResponse<T> {
  data: T;
  response: RawResponse;
  /** The `X-Request-ID` the server sent, if any. */
  requestId: string | undefined;
}

/**
 * A call in flight (it is sent when the method is called, whether or not it is awaited). The
 * result is decoded once, when first asked for; a status error rejects `await`, `withResponse()`
 * and `then()`, while `asResponse()` gives any response as it came.
 */
export class APIPromise<T> implements Promise<WithRequestId<T>> {
  readonly [Symbol.toStringTag] = "APIPromise";
  readonly #response: Promise<RawResponse>;
  #data: Promise<WithRequestId<T>> | undefined;

  constructor(response: Promise<RawResponse>) {
    this.#response = response;
  }

  #result(): Promise<WithRequestId<T>> {
    this.#data ??= this.#response.then((response) => attachRequestId(response.parsed() as T, response.requestId));
    return this.#data;
  }

  /** The response as it came (status, headers, body bytes), without decoding or status errors. */
  asResponse(): Promise<RawResponse> {
    return this.#response;
  }

  /** The decoded result, the response and its request ID. */
  async withResponse(): Promise<WithResponse<T>> {
    const response = await this.#response;
    return { data: await this.#result(), response, requestId: response.requestId };
  }

  then<R1 = WithRequestId<T>, R2 = never>(
    onfulfilled?: ((value: WithRequestId<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<WithRequestId<T> | R> {
    return this.#result().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<WithRequestId<T>> {
    return this.#result().finally(onfinally);
  }
}
