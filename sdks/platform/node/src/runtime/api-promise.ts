// The promise a resource method returns: awaited it gives the decoded result; it also offers
// the response behind it (`asResponse()`) and both together (`withResponse()`).

import type { RawResponse } from "./response.js";

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
export class APIPromise<T> implements Promise<T> {
  readonly [Symbol.toStringTag] = "APIPromise";
  readonly #response: Promise<RawResponse>;
  #data: Promise<T> | undefined;

  constructor(response: Promise<RawResponse>) {
    this.#response = response;
  }

  #result(): Promise<T> {
    this.#data ??= this.#response.then((response) => response.parsed() as T);
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

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#result().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onfinally);
  }
}
