// Internal: the one pager. From a page to the request for the next, reading `Pagination`.
// Nothing here knows an API: the descriptor says where the items, token, URL, total and
// has-more flag are, which query parameter moves, and which rules stop the iteration.

import type { Pagination } from "./operation.js";
import type { Params } from "./types.js";

/** The value of a wire key of a decoded JSON object (undefined for anything else). */
export function wireGet(value: unknown, key: string | undefined): unknown {
  if (key === undefined || typeof value !== "object" || value === null || Array.isArray(value)) {
    return undefined;
  }
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The value at `path` (wire names) in a decoded page or item; undefined where it stops. */
export function getPath(value: unknown, path: readonly string[] | undefined): unknown {
  let current = value;
  for (const key of path ?? []) {
    current = wireGet(current, key);
    if (current === undefined) {
      return undefined;
    }
  }
  return current;
}

export function asInt(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) {
    return Math.trunc(value);
  }
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) {
    return Number.parseInt(value, 10);
  }
  return undefined;
}

export function pageItems(page: unknown, pagination: Pagination): unknown[] {
  const items = getPath(page, pagination.items);
  return Array.isArray(items) ? items : [];
}

/** The page's own "more to fetch" flag: true, false, or undefined when it has none. */
export function isMore(page: unknown, pagination: Pagination): boolean | undefined {
  if (pagination.hasMore === undefined || pagination.hasMore.length === 0) {
    return undefined;
  }
  const value = getPath(page, pagination.hasMore);
  return typeof value === "boolean" ? value : undefined;
}

function tokenOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "" || typeof value === "object") {
    return undefined;
  }
  return String(value);
}

/** The URL of a `Link` header's `rel="next"` entry (RFC 8288), if it has one. */
export function linkNext(header: string | null): string | undefined {
  if (!header) {
    return undefined;
  }
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+(?:=(?:"[^"]*"|[^;,]*))?)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(match[2] ?? "");
    const rels = (rel?.[1] ?? rel?.[2] ?? "").toLowerCase().split(/\s+/);
    if (rels.includes("next")) {
      return match[1];
    }
  }
  return undefined;
}

export function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** The request for the next page: the operation with `query`, or a GET of `url`. */
export interface NextPage {
  readonly query: Params;
  readonly url?: string;
}

/**
 * The request after `page` (fetched with `query` from `url`), or undefined at the end.
 * `seen` counts the items of every page so far, this one included; `link` is the response's
 * `Link` rel="next" URL, if it had one.
 */
export function nextPage(
  p: Pagination,
  query: Params,
  page: unknown,
  items: unknown[],
  seen: number,
  url: string,
  link?: string,
): NextPage | undefined {
  const stop = new Set<string>(p.stop);
  if (stop.has("has_more") && isMore(page, p) === false) {
    return undefined;
  }
  if (stop.has("empty") && items.length === 0) {
    return undefined;
  }
  const size = p.sizeParam === undefined ? undefined : asInt(query[p.sizeParam]);
  if (stop.has("short") && size !== undefined && items.length < size) {
    return undefined;
  }
  if (stop.has("total") && p.total !== undefined && p.total.length > 0) {
    const total = asInt(getPath(page, p.total));
    if (total !== undefined && position(p, query, items, size, seen) >= total) {
      return undefined;
    }
  }
  if (p.style === "offset" || p.style === "page") {
    if (p.param === undefined) {
      return undefined;
    }
    const at = asInt(query[p.param]);
    return { query: { ...query, [p.param]: p.style === "offset" ? (at ?? 0) + items.length : (at ?? 1) + 1 } };
  }
  // the token styles: a token, an id or a URL moves the iteration on
  let token: string | undefined;
  if (p.style === "link_header") {
    token = tokenOf(link);
  } else if (p.style === "starting_after") {
    token = items.length > 0 ? tokenOf(getPath(items[items.length - 1], p.next)) : undefined;
  } else {
    token = tokenOf(getPath(page, p.next));
  }
  if (token === undefined) {
    return undefined; // nothing to move on with: the end, whatever the stop rules say
  }
  if (p.style === "next_url" || p.style === "link_header") {
    const target = new URL(token, url).toString();
    return target === url ? undefined : { query, url: target };
  }
  if (p.param === undefined || token === tokenOf(query[p.param])) {
    return undefined; // an unchanged token would fetch the same page forever
  }
  return { query: { ...query, [p.param]: token } };
}

/** How many items of the whole list lie up to the end of this page. */
function position(p: Pagination, query: Params, items: unknown[], size: number | undefined, seen: number): number {
  if (p.style === "offset" && p.param !== undefined) {
    return (asInt(query[p.param]) ?? 0) + items.length;
  }
  if (p.style === "page" && p.param !== undefined) {
    return (asInt(query[p.param]) ?? 1) * (size ?? items.length);
  }
  return seen;
}
