// Internal: the resource methods' arguments (path values in path order, then one params
// object) mapped onto the seed's three groups (pathParams, query, body), so that every call
// goes through the same request machinery.

import { InvalidArgumentError } from "./errors.js";
import type { Operation } from "./operation.js";

/** The seed's groups of one call. */
export interface SeedArgs {
  readonly pathParams: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
}

/** The operation's path parameters, in the order the path names them. */
export function pathOrder(operation: Operation): string[] {
  const names = operation.params.filter((p) => p.location === "path").map((p) => p.name);
  const at = (name: string): number => {
    const index = operation.path.indexOf(`{${name}}`);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...new Set(names)].sort((a, b) => at(a) - at(b));
}

function describe(value: unknown): string {
  if (value === null) {
    return "null";
  }
  return Array.isArray(value) ? "an array" : typeof value;
}

/**
 * Split `args` and `params` into the seed's groups; a wrong count or kind of argument, or a
 * key the operation does not take, is refused here, before anything is sent.
 */
export function seedArgs(operation: Operation, args: readonly unknown[], params: unknown): SeedArgs {
  const where = operation.operationId;
  const names = pathOrder(operation);
  if (args.length !== names.length) {
    const wanted = names.length === 0 ? "no path arguments" : `${names.length} path argument(s) (${names.join(", ")})`;
    throw new InvalidArgumentError(`${where}: takes ${wanted}, got ${args.length}`);
  }
  const pathParams: Record<string, unknown> = {};
  names.forEach((name, index) => {
    const value = args[index];
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new InvalidArgumentError(
        `${where}: path argument "${name}" must be a string or number (got ${describe(value)})`,
      );
    }
    pathParams[name] = value;
  });
  if (params !== undefined && params !== null && (typeof params !== "object" || Array.isArray(params))) {
    throw new InvalidArgumentError(`${where}: the params argument must be an object (got ${describe(params)})`);
  }
  const inQuery = new Set(operation.params.filter((p) => p.location !== "path").map((p) => p.name));
  const query: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (inQuery.has(key)) {
      query[key] = value;
    } else {
      rest[key] = value;
    }
  }
  return { pathParams, query, body: bodyOf(operation, rest) };
}

/** The body from the keys that are not parameters: one key (`bodyParam`), or all of them. */
function bodyOf(operation: Operation, rest: Record<string, unknown>): unknown {
  const where = operation.operationId;
  const keys = Object.keys(rest);
  if (operation.requestContentType === undefined || operation.bodyParam !== undefined) {
    const unknown = keys.filter((key) => key !== operation.bodyParam);
    if (unknown.length > 0) {
      const known = operation.params.filter((p) => p.location !== "path").map((p) => p.name);
      if (operation.bodyParam !== undefined) {
        known.push(operation.bodyParam);
      }
      const takes = known.length > 0 ? known.map((k) => JSON.stringify(k)).join(", ") : "no params";
      throw new InvalidArgumentError(`${where}: unknown parameter ${JSON.stringify(unknown[0])} (it takes ${takes})`);
    }
    return operation.bodyParam === undefined ? undefined : rest[operation.bodyParam];
  }
  return keys.length > 0 || operation.bodyRequired === true ? rest : undefined;
}
