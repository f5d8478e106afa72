// Public: how generated code describes an operation to the runtime.
//
// Generated `operations.ts` holds `OPERATIONS`, one `Operation` per operationId;
// the runtime reads nothing else about the API.

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

/**
 * How a list operation pages. Values are wire names (response keys, query params).
 *
 * - `offset`: `limitParam`/`offsetParam`; `items` and `total` in the page.
 * - `page`: `pageParam` (1-based)/`perPageParam`; `items` and `total`.
 * - `cursor`: `cursorParam`; the page's `nextCursor` (empty or absent: the end).
 *
 * `hasMore` names the page's boolean "more to fetch" key, when there is one.
 */
export interface Pagination {
  readonly style: "offset" | "page" | "cursor";
  readonly items: string;
  readonly total?: string;
  readonly limitParam?: string;
  readonly offsetParam?: string;
  readonly pageParam?: string;
  readonly perPageParam?: string;
  readonly cursorParam?: string;
  readonly nextCursor?: string;
  readonly hasMore?: string;
}

/** Poll this (GET) operation until `field` (a wire name) is one of `terminal`. */
export interface Waiter {
  readonly name: string;
  readonly field: string;
  readonly terminal: readonly string[];
}

/**
 * Follow new items: send `param=value` (e.g. `direction=forward`), then the
 * previous page's next cursor, until stopped. Needs a cursor `Pagination`.
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
 * - `openIdConnect`: `token`; `mutualTLS`: nothing to send (give TLS settings in `fetchOptions`).
 */
export interface SecurityScheme {
  readonly kind: "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS";
  readonly scheme?: string;
  readonly location?: "header" | "query" | "cookie";
  readonly name?: string;
  readonly tokenUrl?: string;
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
  readonly params: readonly Param[];
  /** The body's media type; undefined when the operation takes no body. */
  readonly requestContentType?: string;
  readonly bodyRequired?: boolean;
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
