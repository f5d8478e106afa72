// Public: what a list method returns. Awaited, a `PagePromise` gives the first `Page`; iterated
// with `for await`, it gives every item of every page, fetching the next page as the loop needs it.

import { SDKError } from "./errors.js";
import type { RawResponse } from "./response.js";

/**
 * One page of a list: its items (`data`), the whole decoded page (`body`) and the response it
 * came in. `hasNextPage()` says whether the API's paging rules leave another page to fetch;
 * `getNextPage()` fetches it. Iterating a page with `for await` gives its items and those of
 * every later page.
 */
export class Page<Item, Body = unknown> implements AsyncIterable<Item> {
  /** The items of this page. */
  readonly data: Item[];
  /** The page as the API sent it (decoded), e.g. with its cursor or total. */
  readonly body: Body;
  readonly response: RawResponse;
  readonly #next: (() => Promise<Page<Item, Body>>) | undefined;

  constructor(data: Item[], body: Body, response: RawResponse, next: (() => Promise<Page<Item, Body>>) | undefined) {
    this.data = data;
    this.body = body;
    this.response = response;
    this.#next = next;
  }

  /** The `X-Request-ID` the server sent with this page, if any. */
  get requestId(): string | undefined {
    return this.response.requestId;
  }

  /** Whether another page follows (by the API's paging rules; it may turn out empty). */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** The next page; rejects with `SDKError` when `hasNextPage()` is false. */
  getNextPage(): Promise<Page<Item, Body>> {
    if (this.#next === undefined) {
      return Promise.reject(new SDKError("there is no next page (check hasNextPage() first)"));
    }
    return this.#next();
  }

  /** This page and every later one, fetched as the loop asks for them. */
  async *iterPages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    let page: Page<Item, Body> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) {
      yield* page.data;
    }
  }
}

/**
 * A list call: `await` it for the first `Page`, or `for await` over it for every item across
 * pages. The first page is requested when it is first asked for (awaited or iterated), once.
 */
export class PagePromise<Item, Body = unknown> implements Promise<Page<Item, Body>>, AsyncIterable<Item> {
  readonly [Symbol.toStringTag] = "PagePromise";
  readonly #fetch: () => Promise<Page<Item, Body>>;
  #first: Promise<Page<Item, Body>> | undefined;

  constructor(fetchFirst: () => Promise<Page<Item, Body>>) {
    this.#fetch = fetchFirst;
  }

  #page(): Promise<Page<Item, Body>> {
    this.#first ??= this.#fetch();
    return this.#first;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    yield* await this.#page();
  }

  /** Every page, from the first, fetched as the loop asks for them. */
  async *iterPages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    yield* (await this.#page()).iterPages();
  }

  then<R1 = Page<Item, Body>, R2 = never>(
    onfulfilled?: ((value: Page<Item, Body>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<Item, Body> | R> {
    return this.#page().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<Item, Body>> {
    return this.#page().finally(onfinally);
  }
}
