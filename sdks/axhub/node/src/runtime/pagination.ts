// Internal: from one page to the query of the next, for the three pagination styles.

import type { Pagination } from "./operation.js";
import type { Params } from "./types.js";

/** The value of a wire key of a decoded JSON object (undefined for anything else). */
export function wireGet(value: unknown, key: string | undefined): unknown {
  if (key === undefined || typeof value !== "object" || value === null || Array.isArray(value)) {
    return undefined;
  }
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
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
  const items = wireGet(page, pagination.items);
  return Array.isArray(items) ? items : [];
}

/** The page's own "more to fetch" flag: true, false, or undefined when it has none. */
export function isMore(page: unknown, pagination: Pagination): boolean | undefined {
  const value = wireGet(page, pagination.hasMore);
  return typeof value === "boolean" ? value : undefined;
}

function cursorOf(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") {
    return undefined;
  }
  return String(value);
}

/**
 * The query for the page after `page` (fetched with `query`), or undefined at the end.
 *
 * - offset: stop on an empty page, a page shorter than `limit`, or once `offset + items >= total`;
 * - page: stop on an empty or short page, or once `page * perPage >= total`;
 * - cursor: stop when the next cursor is empty/absent or does not move.
 *
 * A page that says `has_more: false` is always the last.
 */
export function nextQuery(pagination: Pagination, query: Params, page: unknown, items: unknown[]): Params | undefined {
  if (isMore(page, pagination) === false) {
    return undefined;
  }
  const total = pagination.total === undefined ? undefined : asInt(wireGet(page, pagination.total));
  if (pagination.style === "cursor") {
    if (pagination.cursorParam === undefined) {
      return undefined;
    }
    const cursor = cursorOf(wireGet(page, pagination.nextCursor));
    if (cursor === undefined || cursor === cursorOf(query[pagination.cursorParam])) {
      return undefined;
    }
    return { ...query, [pagination.cursorParam]: cursor };
  }
  if (items.length === 0) {
    return undefined;
  }
  if (pagination.style === "offset") {
    if (pagination.offsetParam === undefined) {
      return undefined;
    }
    const offset = (asInt(query[pagination.offsetParam]) ?? 0) + items.length;
    const limit = pagination.limitParam === undefined ? undefined : asInt(query[pagination.limitParam]);
    if ((total !== undefined && offset >= total) || (limit !== undefined && items.length < limit)) {
      return undefined;
    }
    return { ...query, [pagination.offsetParam]: offset };
  }
  if (pagination.pageParam === undefined) {
    return undefined;
  }
  const number = asInt(query[pagination.pageParam]) ?? 1;
  const perPage = pagination.perPageParam === undefined ? undefined : asInt(query[pagination.perPageParam]);
  if (perPage !== undefined && items.length < perPage) {
    return undefined;
  }
  if (total !== undefined && number * (perPage ?? items.length) >= total) {
    return undefined;
  }
  return { ...query, [pagination.pageParam]: number + 1 };
}
