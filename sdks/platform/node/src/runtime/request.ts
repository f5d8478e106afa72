// Internal: turning (operation, path params, query, body) into what goes on the wire.
//
// Everything here is pure. Bad arguments are refused with `InvalidArgumentError`
// before anything is sent.

import { REDACTED } from "./constants.js";
import { InvalidArgumentError } from "./errors.js";
import type { Operation, Param } from "./operation.js";
import type { Params } from "./types.js";

const PATH_PARAM = /\{([^{}]+)\}/g;

function absent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** One scalar as it goes into a URL or header: booleans `true`/`false`, dates ISO 8601. */
export function stringify(value: unknown): string {
  if (absent(value)) {
    return "";
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === "object") {
    return JSON.stringify(value);
  }
  return String(value);
}

function entries(value: object): [string, unknown][] {
  return Object.entries(value).filter(([, v]) => !absent(v));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** OpenAPI `simple` style (path and header parameters). */
function simple(value: unknown, explode: boolean, quote: (s: string) => string): string {
  if (Array.isArray(value)) {
    return value.map((v) => quote(stringify(v))).join(",");
  }
  if (isPlainObject(value)) {
    const sep = explode ? "=" : ",";
    return entries(value)
      .map(([k, v]) => `${quote(k)}${sep}${quote(stringify(v))}`)
      .join(",");
  }
  return quote(stringify(value));
}

function quoteSegment(text: string): string {
  return encodeURIComponent(text);
}

function isEmpty(value: unknown): boolean {
  return value === "" || (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && entries(value).length === 0);
}

/**
 * One path value in its OpenAPI style (`simple`, `label` or `matrix`, exploded or not), each
 * name, key and value percent-encoded on its own; `""` when there is nothing to send.
 */
function pathValue(name: string, value: unknown, param: Param | undefined): string {
  const style = param?.style ?? "simple";
  const explode = param?.explode ?? false;
  if ((style !== "label" && style !== "matrix") || isEmpty(value)) {
    return simple(value, explode, quoteSegment);
  }
  const lead = style === "label" ? "." : ";";
  let flat: string;
  if (isPlainObject(value)) {
    const pairs = entries(value).map(([k, v]) => [quoteSegment(k), quoteSegment(stringify(v))]);
    if (explode) {
      // label: .R=100.G=200   matrix: ;R=100;G=200
      return pairs.map(([k, v]) => `${lead}${k}=${v}`).join("");
    }
    flat = pairs.map(([k, v]) => `${k},${v}`).join(",");
  } else if (Array.isArray(value)) {
    const items = value.map((v) => quoteSegment(stringify(v)));
    if (explode) {
      // label: .blue.black   matrix: ;color=blue;color=black
      const prefix = style === "label" ? "." : `;${quoteSegment(name)}=`;
      return items.map((item) => prefix + item).join("");
    }
    flat = items.join(",");
  } else {
    flat = quoteSegment(stringify(value));
  }
  return style === "label" ? `.${flat}` : `${lead}${quoteSegment(name)}=${flat}`;
}

/**
 * An operation's path template split at its placeholders (`[text, name, text, name, ..., text]`)
 * and its parameters by name: worked out once per operation (an operation, a constant of the SDK or
 * one made by the caller, is never changed: its fields are readonly).
 */
interface OperationPlan {
  readonly pathParts: readonly string[];
  readonly byName: ReadonlyMap<string, Param>;
}

const plans = new WeakMap<Operation, OperationPlan>();

function planOf(operation: Operation): OperationPlan {
  let plan = plans.get(operation);
  if (plan === undefined) {
    plan = {
      pathParts: operation.path.split(PATH_PARAM), // the capture group keeps each name between the texts
      byName: new Map(operation.params.map((p) => [p.name, p])),
    };
    plans.set(operation, plan);
  }
  return plan;
}

function paramMap(operation: Operation): ReadonlyMap<string, Param> {
  return planOf(operation).byName;
}

/**
 * Fill the path template, percent-encoding each value on its own (`/` → `%2F`), in the
 * parameter's style: `simple` (`blue,black`), `label` (`.blue.black`) or `matrix`
 * (`;color=blue;color=black`), as OpenAPI's style table says.
 * A missing, null or empty value, or `.`/`..`, is refused: it would silently change the route.
 */
export function renderPath(operation: Operation, pathParams: Params | null | undefined): string {
  const params = pathParams ?? {};
  const { pathParts, byName } = planOf(operation);
  let path = pathParts[0] ?? "";
  for (let at = 1; at < pathParts.length; at += 2) {
    const name = pathParts[at] ?? "";
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    const param = byName.get(name);
    const text = absent(value) ? "" : pathValue(name, value, param);
    if (text === "") {
      const got = value === undefined ? "nothing" : JSON.stringify(value);
      throw new InvalidArgumentError(
        `${operation.operationId}: path parameter "${name}" is required and must not be empty (got ${got})`,
      );
    }
    if (text === "." || text === "..") {
      // URLs resolve these (even percent-encoded) as dot segments: the request would go elsewhere.
      throw new InvalidArgumentError(`${operation.operationId}: path parameter "${name}" must not be "${text}"`);
    }
    path += text + (pathParts[at + 1] ?? "");
  }
  return path;
}

function deepPairs(prefix: string, value: unknown, out: [string, string][]): void {
  if (isPlainObject(value)) {
    for (const [key, item] of entries(value)) {
      deepPairs(`${prefix}[${key}]`, item, out);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) {
      deepPairs(prefix, item, out);
    }
  } else if (!absent(value)) {
    out.push([prefix, stringify(value)]);
  }
}

/** One query parameter as `[key, value]` pairs, per its style and explode. */
export function queryPairs(name: string, value: unknown, param: Param | undefined): [string, string][] {
  if (absent(value)) {
    return [];
  }
  const style = param?.style ?? "form";
  const explode = param?.explode ?? style === "form";
  if (style === "deepObject" && isPlainObject(value)) {
    const out: [string, string][] = [];
    deepPairs(name, value, out);
    return out;
  }
  if (Array.isArray(value)) {
    const items = value.filter((v) => !absent(v)).map(stringify);
    if (explode) {
      return items.map((v) => [name, v]);
    }
    const sep = style === "pipeDelimited" ? "|" : style === "spaceDelimited" ? " " : ",";
    return [[name, items.join(sep)]];
  }
  if (isPlainObject(value)) {
    const pairs = entries(value).map(([k, v]): [string, string] => [k, stringify(v)]);
    if (explode) {
      return pairs;
    }
    return [[name, pairs.map(([k, v]) => `${k},${v}`).join(",")]];
  }
  return [[name, stringify(value)]];
}

/** Query, header and cookie parameters, split by where each one goes. */
export interface RoutedParams {
  query: [string, string][];
  headers: [string, string][];
  cookies: [string, string][];
}

/**
 * Split `query` by each parameter's location; unknown keys are query parameters.
 * A missing required query, header or cookie parameter is left for the server to
 * reject (as every SDK of this generator does): only what the URL cannot be built
 * without, a path parameter, is refused before sending.
 */
export function routeParams(operation: Operation, query: Params | null | undefined): RoutedParams {
  const byName = paramMap(operation);
  const routed: RoutedParams = { query: [], headers: [], cookies: [] };
  const given = query ?? {};
  for (const [name, value] of Object.entries(given)) {
    if (absent(value)) {
      continue;
    }
    const param = byName.get(name);
    const location = param?.location ?? "query";
    if (location === "header") {
      routed.headers.push([name, simple(value, param?.explode ?? false, (s) => s)]);
    } else if (location === "cookie") {
      routed.cookies.push([name, simple(value, false, encodeURIComponent)]);
    } else if (location === "query") {
      routed.query.push(...queryPairs(name, value, param));
    } else {
      throw new InvalidArgumentError(
        `${operation.operationId}: "${name}" is a path parameter; pass it in pathParams, not in query`,
      );
    }
  }
  return routed;
}

/**
 * `key=value&...`, each part percent-encoded (spaces as `%20`); the values of
 * `redacted` names are written as `[REDACTED]` (for URLs that are shown, not sent).
 */
export function encodeQuery(
  pairs: readonly (readonly [string, string])[],
  redacted: ReadonlySet<string> = new Set(),
): string {
  return pairs
    .map(([k, v]) => `${encodeURIComponent(k)}=${redacted.has(k) ? REDACTED : encodeURIComponent(v)}`)
    .join("&");
}

function mediaType(contentType: string): string {
  return (contentType.split(";", 1)[0] ?? "").trim().toLowerCase();
}

/** Whether a media type is JSON (`application/json` or any `+json`). */
export function isJsonMedia(contentType: string): boolean {
  const media = mediaType(contentType);
  return media === "application/json" || media.endsWith("+json");
}

/** An encoded request body and the Content-Type to send with it (none for multipart). */
export interface EncodedBody {
  body: string | Uint8Array | FormData | Blob | undefined;
  contentType: string | undefined;
}

/**
 * The body as it is sent, per the operation's request media type: JSON (the
 * default) as is, with its wire keys; form-urlencoded and multipart from an
 * object; any other media type from a string, bytes or a Blob.
 */
export function encodeBody(operation: Operation, body: unknown): EncodedBody {
  const where = operation.operationId;
  if (absent(body)) {
    if (operation.bodyRequired === true) {
      throw new InvalidArgumentError(`${where}: a request body is required`);
    }
    return { body: undefined, contentType: undefined };
  }
  const contentType = operation.requestContentType ?? "application/json";
  const media = mediaType(contentType);
  if (isJsonMedia(contentType)) {
    let text: string | undefined;
    try {
      text = JSON.stringify(body);
    } catch (error) {
      throw new InvalidArgumentError(`${where}: the body cannot be sent as JSON: ${String(error)}`, { cause: error });
    }
    if (text === undefined) {
      throw new InvalidArgumentError(`${where}: the body cannot be sent as JSON (got ${typeof body})`);
    }
    return { body: text, contentType };
  }
  if (media === "application/x-www-form-urlencoded") {
    if (!isPlainObject(body)) {
      throw new InvalidArgumentError(`${where}: a form body must be an object`);
    }
    const pairs = entries(body).flatMap(([name, value]) => queryPairs(name, value, undefined));
    return { body: encodeQuery(pairs), contentType };
  }
  if (media === "multipart/form-data") {
    return { body: multipart(where, body), contentType: undefined };
  }
  if (typeof body === "string" || body instanceof Uint8Array || body instanceof Blob) {
    return { body, contentType };
  }
  if (body instanceof ArrayBuffer) {
    return { body: new Uint8Array(body), contentType };
  }
  throw new InvalidArgumentError(`${where}: a ${contentType} body must be a string, Uint8Array or Blob`);
}

function multipart(where: string, body: unknown): FormData {
  if (body instanceof FormData) {
    return body;
  }
  if (!isPlainObject(body)) {
    throw new InvalidArgumentError(`${where}: a multipart body must be an object or a FormData`);
  }
  const form = new FormData();
  for (const [name, value] of entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (absent(item)) {
        continue;
      }
      if (item instanceof Blob) {
        form.append(name, item);
      } else if (item instanceof Uint8Array) {
        form.append(name, new Blob([item]), name);
      } else {
        form.append(name, stringify(item));
      }
    }
  }
  return form;
}
