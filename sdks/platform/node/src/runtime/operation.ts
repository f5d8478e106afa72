// Public: how generated code describes an operation to the runtime.
//
// Generated `operations.ts` holds `OPERATIONS`, one `Operation` per operationId;
// the runtime reads nothing else about the API.

import type { RequestSignature } from "./signing.js";

export type ParamLocation = "path" | "query" | "header" | "cookie";
export type ParamStyle = "form" | "simple" | "label" | "matrix" | "deepObject" | "pipeDelimited" | "spaceDelimited";

/**
 * One parameter. `name` is the wire name; `style`/`explode` as in OpenAPI
 * (defaults: path/header `simple`, query/cookie `form`; explode only for `form`).
 * Path parameters are given in `pathParams`; query, header and cookie
 * parameters all in `query`, and are sent where `location` says.
 */
export interface Param {
  readonly name: string;
  readonly location: ParamLocation;
  readonly required?: boolean;
  readonly style?: ParamStyle;
  readonly explode?: boolean;
}

export type PaginationStyle = "offset" | "page" | "cursor" | "next_url" | "link_header" | "starting_after";
export type StopRule = "empty" | "short" | "total" | "token" | "has_more";

/**
 * How a list operation pages, as data: one pager (`pagination.ts`) reads it for every style.
 * Paths are lists of wire names from the page's root, e.g. `["metadata", "continue"]`.
 *
 * - `style` says how the next request is made. `offset`: `param` += the items on the page;
 *   `page`: `param` += 1 (1-based); `cursor`: `param` = the token at `next`; `starting_after`:
 *   `param` = the key `next` of the page's last item (its id); `next_url`: GET the URL at
 *   `next`; `link_header`: GET the response's `Link: <url>; rel="next"`.
 * - `sizeParam` is the page-size query parameter; `total` and `hasMore` the paths of the page's
 *   count of all items and of its "another page exists" flag.
 * - `stop` lists the rules that end the iteration: `empty` (no items), `short` (fewer items than
 *   `sizeParam` asked for), `total` (every item counted), `token` (the next token, URL or id
 *   absent, empty or unchanged), `has_more` (the flag is false).
 */
export interface Pagination {
  readonly style: PaginationStyle;
  readonly items: readonly string[];
  readonly param?: string;
  readonly sizeParam?: string;
  readonly next?: readonly string[];
  readonly total?: readonly string[];
  readonly hasMore?: readonly string[];
  readonly stop: readonly StopRule[];
}

/** Poll this (GET) operation until `field` (a wire name) is one of `terminal`. */
export interface Waiter {
  readonly name: string;
  readonly field: string;
  readonly terminal: readonly string[];
}

/**
 * Follow new items: send `param=value` (e.g. `direction=forward`), then the
 * previous page's next cursor, until stopped. Reads a cursor `Pagination`.
 */
export interface Tail {
  readonly name: string;
  readonly param: string;
  readonly value: string;
}

/**
 * One way an operation accepts credentials, from the spec's security schemes.
 *
 * - `http` with `scheme` `bearer` (the `token` option) or `basic` (`username`, `password`);
 * - `apiKey` sent as the `name` header, query parameter or cookie (`location`), from `apiKey`;
 * - `oauth2`: a token from `tokenUrl` for `clientId`/`clientSecret` (client credentials), else `token`;
 * - `openIdConnect`: `token`; `mutualTLS`: nothing to send (give TLS settings in `fetchOptions`);
 * - `signature`: every attempt is signed as `signature` says, with `signingKeyId`/`signingSecret`.
 */
export interface SecurityScheme {
  readonly kind: "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS" | "signature";
  readonly scheme?: string;
  readonly location?: "header" | "query" | "cookie";
  readonly name?: string;
  readonly tokenUrl?: string;
  /** How a `signature` scheme signs a request. */
  readonly signature?: RequestSignature;
}

/**
 * How to read the body of one response status: `json`, `text`, `binary`,
 * `sse` (`text/event-stream`: read with `stream()`), `empty` (no body
 * declared), `redirect` (a 3xx, never followed).
 */
export type ResponseKind = "json" | "text" | "binary" | "sse" | "empty" | "redirect";

/**
 * One operation of the API, keyed by its operationId. `responses` maps a status
 * (`"200"`), a status class (`"2XX"`) or `"default"` to how its body is read.
 */
export interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /**
   * The key of the client's host the operation is sent to (`"agent"`: the `agentBaseUrl` option);
   * absent: the client's `baseUrl`.
   */
  readonly host?: string;
  readonly params: readonly Param[];
  /** The body's media type; undefined when the operation takes no body. */
  readonly requestContentType?: string;
  readonly bodyRequired?: boolean;
  /**
   * The key of a resource method's params object that holds the body, when the body is not
   * spread into it (not an object, or a field name is also a parameter's).
   */
  readonly bodyParam?: string;
  readonly responses: Readonly<Record<string, ResponseKind>>;
  /**
   * The schemes the operation accepts; the client sends every credential it has that one of them
   * takes (an empty list: none). Absent when the spec declares no schemes: then a `token` is sent
   * as a bearer token on every request.
   */
  readonly security?: readonly SecurityScheme[];
  readonly pagination?: Pagination;
  readonly waiter?: Waiter;
  readonly tail?: Tail;
}
