// Contract runner for the Node SDKs (@axhub/sdk, @deplite/sdk, @platform-example/sdk): runs
// tests/contract/scenarios/*.json (AxHub's) and <api>/*.json (every other API's), each API against
// its own server.
//
// Every step goes through the SDK's generic surface, by operationId:
// `sdk.requestUnchecked` / `sdk.rawRequest` for plain calls and `sdk.iterate` / `sdk.wait` /
// `sdk.tail` for the helpers. Before each scenario the server is reset to its
// fixture (`POST /_admin/reset`; the server runs with `--faults`).
//
//   node dist/src/run.js --base-url http://127.0.0.1:8080 [--server deplite=URL]... [--api NAME]...
//     [--scenarios DIR] [-k NAME]... [--no-reset]
//
// Prints one line per scenario, then exactly `N passed, N failed`; exits 1 when
// anything failed (or nothing ran), 2 on bad arguments or malformed scenarios.
// The format is tests/contract/README.md; `validateScenario` mirrors the Python
// runner's `validate_scenario`.

import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { performance } from "node:perf_hooks";

import * as axhubSdk from "@axhub/sdk";
import type { RequestOptions } from "@axhub/sdk";
import * as depliteSdk from "@deplite/sdk";
import * as platformSdk from "@platform-example/sdk";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const MODE = "node";
const HELPERS = ["paginate", "wait", "tail"] as const;
const ERROR_CLASSES = [
  "BadRequest",
  "Authentication",
  "PermissionDenied",
  "NotFound",
  "Conflict",
  "PreconditionFailed",
  "UnprocessableEntity",
  "PreconditionRequired",
  "RateLimit",
  "Client",
  "Server",
  "Connection",
  "Timeout",
];
// The APIs a scenario may name ("api"); the first is the default, whose scenarios are the folder's
// *.json; every other API's are <api>/*.json.
const APIS = ["axhub", "deplite", "platform"] as const;
type ApiName = (typeof APIS)[number];
const SCENARIO_KEYS = new Set(["name", "description", "api", "token", "vars", "steps"]);
const STEP_KEYS = new Set([
  "description",
  "operation",
  "helper",
  "token",
  "signingKey",
  "pathParams",
  "query",
  "body",
  "headers",
  "options",
  "raw",
  "helperOptions",
  "expect",
  "capture",
]);
const OPTION_KEYS = new Set(["maxRetries", "timeoutSeconds", "idempotencyKey"]);
const HELPER_OPTION_KEYS: Record<string, Set<string>> = {
  paginate: new Set(),
  wait: new Set(["timeoutSeconds", "intervalSeconds"]),
  tail: new Set(["take", "timeoutSeconds", "intervalSeconds"]),
};
const SUCCESS_KEYS = new Set(["status", "headers", "empty", "fields", "present", "absent", "count", "minCount", "elapsedAtLeast"]);
const ERROR_KEYS = new Set(["error", "status", "code", "retryAfter", "fields", "elapsedAtLeast"]);
const MATCHERS = new Set(["$prefix", "$contains", "$type", "$len", "$plus", "$oneOf"]);
const TYPES = new Set(["string", "number", "integer", "boolean", "null", "object", "array"]);
const VAR_RE = /\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const WHOLE_VAR_RE = /^\{\{\s*(\$?[A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/;

const DEFAULT_WAIT_TIMEOUT = 60;
const DEFAULT_WAIT_INTERVAL = 0.1;
const DEFAULT_TAIL_TIMEOUT = 30;
const DEFAULT_TAIL_INTERVAL = 0.1;

// -- the format -----------------------------------------------------------------

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isMatcher(value: unknown): value is JsonObject {
  if (!isObject(value)) {
    return false;
  }
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] ?? "").startsWith("$");
}

function unknownKeys(value: JsonObject, allowed: Set<string>): string[] {
  return Object.keys(value)
    .filter((k) => !allowed.has(k))
    .sort();
}

function repr(value: string): string {
  return `'${value}'`;
}

/** Everything wrong with one scenario document (empty: valid). */
export function validateScenario(doc: unknown, stem?: string): string[] {
  const problems: string[] = [];
  if (!isObject(doc)) {
    return ["a scenario is a JSON object"];
  }
  for (const key of unknownKeys(doc, SCENARIO_KEYS)) {
    problems.push(`unknown scenario key ${repr(key)}`);
  }
  const name = doc["name"];
  if (typeof name !== "string" || name === "") {
    problems.push("name must be a non-empty string");
  } else if (stem !== undefined && name !== stem) {
    problems.push(`name ${repr(name)} differs from the file name ${repr(stem)}`);
  }
  const description = doc["description"];
  if (typeof description !== "string" || description === "") {
    problems.push("description must be a non-empty string");
  }
  if ("token" in doc && doc["token"] !== null && typeof doc["token"] !== "string") {
    problems.push("token must be a string or null");
  }
  if ("api" in doc && !(APIS as readonly unknown[]).includes(doc["api"])) {
    problems.push(`api must be one of ${APIS.join(", ")}`);
  }
  if ("vars" in doc && !isObject(doc["vars"])) {
    problems.push("vars must be an object");
  }
  const steps = doc["steps"];
  if (!Array.isArray(steps) || steps.length === 0) {
    problems.push("steps must be a non-empty array");
    return problems;
  }
  steps.forEach((step, i) => {
    for (const p of validateStep(step)) {
      problems.push(`step ${i + 1}: ${p}`);
    }
  });
  return problems;
}

function validateStep(step: unknown): string[] {
  if (!isObject(step)) {
    return ["a step is a JSON object"];
  }
  const problems = unknownKeys(step, STEP_KEYS).map((k) => `unknown step key ${repr(k)}`);
  const operation = step["operation"];
  if (typeof operation !== "string" || operation === "") {
    problems.push("operation must be an operationId");
  }
  const helper = step["helper"];
  const hasHelper = helper !== undefined && helper !== null;
  if (hasHelper && !(typeof helper === "string" && (HELPERS as readonly string[]).includes(helper))) {
    problems.push(`helper must be one of ${HELPERS.join(", ")}`);
  }
  if ("token" in step && step["token"] !== null && typeof step["token"] !== "string") {
    problems.push("token must be a string or null");
  }
  if ("signingKey" in step) {
    const key = step["signingKey"];
    if (
      !isObject(key) ||
      Object.keys(key).length !== 2 ||
      typeof key["keyId"] !== "string" ||
      typeof key["secret"] !== "string"
    ) {
      problems.push("signingKey must be {keyId, secret} (strings)");
    }
  }
  for (const key of ["pathParams", "query", "headers", "options", "helperOptions", "capture"]) {
    if (key in step && !isObject(step[key])) {
      problems.push(`${key} must be an object`);
    }
  }
  const options = step["options"];
  if (isObject(options)) {
    problems.push(...unknownKeys(options, OPTION_KEYS).map((k) => `unknown option ${repr(k)}`));
  }
  if ("helperOptions" in step) {
    const helperOptions = step["helperOptions"];
    if (!hasHelper) {
      problems.push("helperOptions needs a helper");
    } else if (isObject(helperOptions)) {
      const allowed = HELPER_OPTION_KEYS[String(helper)] ?? new Set<string>();
      problems.push(
        ...unknownKeys(helperOptions, allowed).map((k) => `unknown helperOptions key ${repr(k)} for ${String(helper)}`),
      );
    }
  }
  if ("raw" in step && (typeof step["raw"] !== "boolean" || (step["raw"] && hasHelper))) {
    problems.push("raw must be a boolean, and only on plain calls");
  }
  const capture = step["capture"];
  if (isObject(capture)) {
    for (const [name, spec] of Object.entries(capture)) {
      const ok =
        typeof spec === "string" ||
        (isObject(spec) &&
          Object.keys(spec).length === 2 &&
          "path" in spec &&
          "regex" in spec &&
          typeof spec["path"] === "string" &&
          typeof spec["regex"] === "string");
      if (!ok) {
        problems.push(`capture ${repr(name)} must be a path or {path, regex}`);
      }
    }
  }
  const expect = step["expect"];
  if (!isObject(expect)) {
    problems.push("expect must be an object");
    return problems;
  }
  if ("error" in expect) {
    problems.push(...unknownKeys(expect, ERROR_KEYS).map((k) => `unknown expect key ${repr(k)} for an error`));
    const error = expect["error"];
    if (typeof error !== "string" || !ERROR_CLASSES.includes(error)) {
      problems.push(`error must be one of ${ERROR_CLASSES.join(", ")}`);
    }
    if ("capture" in step) {
      problems.push("capture needs a success");
    }
    if ("fields" in expect && (error === "Connection" || error === "Timeout")) {
      problems.push("fields (of the error body) need an error with a response");
    }
  } else {
    problems.push(...unknownKeys(expect, SUCCESS_KEYS).map((k) => `unknown expect key ${repr(k)}`));
    if (("status" in expect || "headers" in expect) && step["raw"] !== true) {
      problems.push("a success status or headers need raw: true");
    }
    if (("count" in expect || "minCount" in expect) && helper !== "paginate" && helper !== "tail") {
      problems.push("count/minCount need the paginate or tail helper");
    }
    for (const key of ["count", "minCount"]) {
      if (key in expect && !(typeof expect[key] === "number" && Number.isInteger(expect[key]))) {
        problems.push(`expect.${key} must be an integer`);
      }
    }
    if ("empty" in expect && typeof expect["empty"] !== "boolean") {
      problems.push("expect.empty must be a boolean");
    }
    if ("status" in expect && typeof expect["status"] !== "number") {
      problems.push("expect.status must be a number");
    }
  }
  if ("elapsedAtLeast" in expect && typeof expect["elapsedAtLeast"] !== "number") {
    problems.push("expect.elapsedAtLeast must be a number");
  }
  for (const key of ["fields", "headers"]) {
    if (key in expect && !isObject(expect[key])) {
      problems.push(`expect.${key} must be an object`);
      return problems;
    }
  }
  for (const key of ["present", "absent"]) {
    const value = expect[key];
    if (key in expect && !(Array.isArray(value) && value.every((p) => typeof p === "string"))) {
      problems.push(`expect.${key} must be an array of paths`);
    }
  }
  const checked: JsonObject = { ...(expect["fields"] as JsonObject | undefined), ...(expect["headers"] as JsonObject | undefined) };
  for (const [path, expected] of Object.entries(checked)) {
    if (!isMatcher(expected)) {
      continue;
    }
    const [name, arg] = Object.entries(expected)[0] as [string, Json];
    if (!MATCHERS.has(name)) {
      problems.push(`field ${repr(path)}: unknown matcher ${name}`);
    } else if (name === "$type" && !(typeof arg === "string" && TYPES.has(arg))) {
      problems.push(`field ${repr(path)}: $type must be one of ${[...TYPES].sort().join(", ")}`);
    } else if (name === "$plus" && !(Array.isArray(arg) && arg.length === 2 && typeof arg[0] === "string")) {
      problems.push(`field ${repr(path)}: $plus takes [variable, number]`);
    } else if (name === "$oneOf" && !Array.isArray(arg)) {
      problems.push(`field ${repr(path)}: $oneOf takes an array`);
    } else if ((name === "$prefix" || name === "$contains") && typeof arg !== "string") {
      problems.push(`field ${repr(path)}: ${name} takes a string`);
    } else if (name === "$len" && !(typeof arg === "number" && Number.isInteger(arg))) {
      problems.push(`field ${repr(path)}: $len takes an integer`);
    }
  }
  return problems;
}

interface Scenario {
  name: string;
  description: string;
  api?: ApiName;
  token?: string | null;
  vars?: JsonObject;
  steps: JsonObject[];
}

function scenarioApi(scenario: Scenario): ApiName {
  return scenario.api ?? APIS[0];
}

/** The files of `directory` (AxHub's) and of `directory/<api>` (every other API's), each in name order. */
function scenarioFiles(directory: string): string[] {
  const files: string[] = [];
  for (const api of APIS) {
    const where = api === APIS[0] ? directory : join(directory, api);
    let names: string[];
    try {
      names = readdirSync(where).filter((f) => f.endsWith(".json")).sort();
    } catch (error) {
      if (api !== APIS[0] && (error as { code?: string }).code === "ENOENT") {
        continue;
      }
      throw new Error(`cannot read ${where}: ${String(error)}`);
    }
    files.push(...names.map((f) => join(where, f)));
  }
  return files;
}

/** All scenarios in scenarioFiles order; throws listing every problem. */
function loadScenarios(directory: string): Scenario[] {
  const found: Scenario[] = [];
  const problems: string[] = [];
  for (const path of scenarioFiles(directory)) {
    const file = relative(directory, path).split("\\").join("/");
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(path, "utf-8")) as unknown;
    } catch (error) {
      problems.push(`${file}: not JSON: ${String(error)}`);
      continue;
    }
    problems.push(...validateScenario(doc, basename(path, ".json")).map((p) => `${file}: ${p}`));
    if (isObject(doc)) {
      const api = doc["api"] ?? APIS[0];
      const folder = dirname(path) === directory ? APIS[0] : basename(dirname(path));
      if ((APIS as readonly unknown[]).includes(api) && api !== folder) {
        problems.push(`${file}: api ${repr(String(api))} belongs in ${api === APIS[0] ? "the top folder" : `${String(api)}/`}`);
      }
    }
    found.push(doc as Scenario);
  }
  if (problems.length > 0) {
    throw new Error("bad scenarios:\n  " + problems.join("\n  "));
  }
  return found;
}

// -- variables and paths ---------------------------------------------------------

class StepFailure extends Error {}

type Vars = Map<string, Json>;

function lookupVar(name: string, variables: Vars): Json {
  if (!variables.has(name)) {
    throw new StepFailure(`undefined variable {{${name}}}`);
  }
  return variables.get(name) as Json;
}

function text(value: Json | undefined): string {
  if (value === null || value === undefined) {
    return "null";
  }
  if (typeof value === "boolean") {
    return value ? "true" : "false";
  }
  if (typeof value === "number") {
    return String(value);
  }
  if (typeof value === "string") {
    return value;
  }
  return JSON.stringify(value);
}

/** `{{name}}` replaced in every string (a whole-string reference keeps its JSON type). */
function substitute(value: Json, variables: Vars): Json {
  if (typeof value === "string") {
    const whole = WHOLE_VAR_RE.exec(value);
    if (whole) {
      return lookupVar(whole[1] ?? "", variables);
    }
    return value.replace(VAR_RE, (_m, name: string) => text(lookupVar(name, variables)));
  }
  if (Array.isArray(value)) {
    return value.map((v) => substitute(v, variables));
  }
  if (isObject(value)) {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = substitute(v, variables);
    }
    return out;
  }
  return value;
}

const MISSING = Symbol("missing");

function getPath(value: unknown, path: string): unknown {
  if (path === "") {
    return value;
  }
  let current = value;
  for (const part of path.split(".")) {
    if (isObject(current)) {
      if (!Object.hasOwn(current, part)) {
        return MISSING;
      }
      current = current[part];
    } else if (Array.isArray(current) && /^\d+$/.test(part)) {
      const index = Number(part);
      if (index >= current.length) {
        return MISSING;
      }
      current = current[index];
    } else {
      return MISSING;
    }
  }
  return current;
}

function jsonType(value: unknown): string {
  if (value === null || value === undefined) {
    return "null";
  }
  if (typeof value === "boolean") {
    return "boolean";
  }
  if (typeof value === "number") {
    return Number.isInteger(value) ? "integer" : "number";
  }
  if (typeof value === "string") {
    return "string";
  }
  if (Array.isArray(value)) {
    return "array";
  }
  return "object";
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a === "boolean" || typeof b === "boolean") {
    return typeof a === "boolean" && typeof b === "boolean" && a === b;
  }
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i]) && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  if (Array.isArray(a) || Array.isArray(b) || isObject(a) || isObject(b)) {
    return false;
  }
  return a === b;
}

function dump(value: unknown): string {
  if (value === undefined) {
    return "undefined";
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function short(value: unknown, limit = 300): string {
  const t = dump(value);
  return t.length <= limit ? t : t.slice(0, limit) + "…";
}

/** Why `actual` does not match `expected` (a literal or a matcher), or undefined. */
function checkField(actual: unknown, expected: Json, variables: Vars): string | undefined {
  if (isMatcher(expected)) {
    const [name, arg] = Object.entries(expected)[0] as [string, Json];
    let ok: boolean;
    let shown: Json = expected;
    if (name === "$prefix") {
      ok = typeof actual === "string" && actual.startsWith(String(arg));
    } else if (name === "$contains") {
      ok = typeof actual === "string" && actual.includes(String(arg));
    } else if (name === "$type") {
      const kind = jsonType(actual);
      ok = kind === arg || (arg === "number" && kind === "integer");
    } else if (name === "$len") {
      const length =
        typeof actual === "string" || Array.isArray(actual)
          ? actual.length
          : isObject(actual)
            ? Object.keys(actual).length
            : undefined;
      ok = length !== undefined && length === arg;
    } else if (name === "$plus") {
      const [varName, delta] = arg as [string, number];
      const base = lookupVar(varName, variables);
      if (typeof base !== "number" || typeof delta !== "number") {
        throw new StepFailure(`$plus needs a number variable and a number (${varName}=${dump(base)})`);
      }
      ok = typeof actual === "number" && jsonEqual(actual, base + delta);
      shown = { $plus: [`${varName}=${base}`, delta] };
    } else if (name === "$oneOf") {
      ok = Array.isArray(arg) && arg.some((option) => jsonEqual(actual, option));
    } else {
      throw new StepFailure(`unknown matcher ${name}`);
    }
    return ok ? undefined : `expected ${dump(shown)}, got ${dump(actual)}`;
  }
  return jsonEqual(actual, expected) ? undefined : `expected ${dump(expected)}, got ${dump(actual)}`;
}

function checkFields(value: unknown, fields: JsonObject, variables: Vars): string[] {
  const problems: string[] = [];
  for (const [path, expected] of Object.entries(fields)) {
    const actual = getPath(value, path);
    if (actual === MISSING) {
      problems.push(`${path}: missing`);
      continue;
    }
    const why = checkField(actual, expected, variables);
    if (why !== undefined) {
      problems.push(`${path}: ${why}`);
    }
  }
  return problems;
}

// -- the SDK -----------------------------------------------------------------------

type ErrorClass = abstract new (...args: never[]) => unknown;

/** The error classes of one SDK package, by the names every generated SDK exports. */
interface ErrorClasses {
  SDKError: ErrorClass;
  APIStatusError: ErrorClass;
  APITimeoutError: ErrorClass;
  APIConnectionError: ErrorClass;
  BadRequestError: ErrorClass;
  AuthenticationError: ErrorClass;
  PermissionDeniedError: ErrorClass;
  NotFoundError: ErrorClass;
  ConflictError: ErrorClass;
  PreconditionFailedError: ErrorClass;
  UnprocessableEntityError: ErrorClass;
  PreconditionRequiredError: ErrorClass;
  RateLimitError: ErrorClass;
  ClientError: ErrorClass;
  ServerError: ErrorClass;
}

/** What the runner reads from an error with a response (every SDK's APIStatusError has these). */
interface StatusErrorLike {
  status: number;
  code?: string | undefined;
  retryAfter?: number | undefined;
  body: unknown;
}

interface RawLike {
  status: number;
  headers: Headers;
  parsed(): unknown;
}

/** The generic surface every generated client has, as the runner uses it. */
interface GenericClient {
  rawRequest(op: string, pathParams?: JsonObject, query?: JsonObject, body?: unknown, options?: RequestOptions): Promise<RawLike>;
  requestUnchecked(op: string, pathParams?: JsonObject, query?: JsonObject, body?: unknown, options?: RequestOptions): Promise<unknown>;
  iterate<T>(op: string, pathParams?: JsonObject, query?: JsonObject, options?: RequestOptions): AsyncIterable<T>;
  wait<T>(op: string, pathParams?: JsonObject, query?: JsonObject, options?: RequestOptions & { waitTimeoutMs?: number; intervalMs?: number }): Promise<T>;
  tail<T>(op: string, pathParams?: JsonObject, query?: JsonObject, options?: RequestOptions & { intervalMs?: number }): AsyncIterable<T>;
}

interface Credentials {
  token: string | null;
  signingKey?: { keyId: string; secret: string } | undefined;
}

/** One API's SDK: its error classes and how a client is made from the server's root URL. */
interface Sdk {
  errors: ErrorClasses;
  client(root: string, credentials: Credentials): GenericClient;
}

const COMMON = { maxRetries: 2, timeoutMs: 30_000 };

function token(credentials: Credentials): { token?: string } {
  return credentials.token === null ? {} : { token: credentials.token };
}

function unsigned(api: string, credentials: Credentials): void {
  if (credentials.signingKey !== undefined) {
    throw new Error(`${api}'s SDK signs no requests: a signingKey step is not for this API`);
  }
}

const SDKS: Record<ApiName, Sdk> = {
  // AxHub: one host, the server's root.
  axhub: {
    errors: axhubSdk,
    client: (root, credentials) => {
      unsigned("axhub", credentials);
      return new axhubSdk.AxHub({ baseUrl: root, ...token(credentials), ...COMMON });
    },
  },
  // Deplite: the user API under /api, the agent host at the root; the agent's signing key.
  deplite: {
    errors: depliteSdk,
    client: (root, credentials) =>
      new depliteSdk.Deplite({
        baseUrl: `${root}/api`,
        agentBaseUrl: root,
        ...token(credentials),
        ...(credentials.signingKey === undefined
          ? {}
          : { signingKeyId: credentials.signingKey.keyId, signingSecret: credentials.signingKey.secret }),
        ...COMMON,
      }),
  },
  // Platform: the API under /v1.
  platform: {
    errors: platformSdk,
    client: (root, credentials) => {
      unsigned("platform", credentials);
      return new platformSdk.PlatformClient({ baseUrl: `${root}/v1`, ...token(credentials), ...COMMON });
    },
  },
};

/** The language-neutral name of an SDK error, most specific first; undefined for others. */
function errorClassName(errors: ErrorClasses, error: unknown): string | undefined {
  const table: [ErrorClass, string][] = [
    [errors.APITimeoutError, "Timeout"],
    [errors.APIConnectionError, "Connection"],
    [errors.BadRequestError, "BadRequest"],
    [errors.AuthenticationError, "Authentication"],
    [errors.PermissionDeniedError, "PermissionDenied"],
    [errors.NotFoundError, "NotFound"],
    [errors.ConflictError, "Conflict"],
    [errors.PreconditionFailedError, "PreconditionFailed"],
    [errors.UnprocessableEntityError, "UnprocessableEntity"],
    [errors.PreconditionRequiredError, "PreconditionRequired"],
    [errors.RateLimitError, "RateLimit"],
    [errors.ServerError, "Server"],
    [errors.ClientError, "Client"],
  ];
  for (const [cls, name] of table) {
    if (error instanceof cls) {
      return name;
    }
  }
  if (error instanceof errors.APIStatusError) {
    return `Other(${errorName(error)})`;
  }
  return undefined;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs one API's steps through its SDK and returns wire-shaped results (the SDK's results are wire JSON already). */
class Driver {
  readonly #root: string;
  readonly sdk: Sdk;
  readonly #clients = new Map<string, GenericClient>();

  constructor(root: string, api: ApiName) {
    this.#root = root;
    this.sdk = SDKS[api];
  }

  client(credentials: Credentials): GenericClient {
    const key = JSON.stringify([credentials.token, credentials.signingKey?.keyId, credentials.signingKey?.secret]);
    let client = this.#clients.get(key);
    if (client === undefined) {
      client = this.sdk.client(this.#root, credentials);
      this.#clients.set(key, client);
    }
    return client;
  }

  statusError(error: unknown): StatusErrorLike | undefined {
    return error instanceof this.sdk.errors.APIStatusError ? (error as StatusErrorLike) : undefined;
  }

  options(step: JsonObject): RequestOptions {
    const opts = isObject(step["options"]) ? step["options"] : {};
    const out: { -readonly [K in keyof RequestOptions]: RequestOptions[K] } = {};
    if ("maxRetries" in opts) {
      out.maxRetries = Math.trunc(Number(opts["maxRetries"]));
    }
    if ("timeoutSeconds" in opts) {
      out.timeoutMs = Number(opts["timeoutSeconds"]) * 1000;
    }
    if ("idempotencyKey" in opts) {
      out.idempotencyKey = text(opts["idempotencyKey"]);
    }
    const headers = step["headers"];
    if (isObject(headers) && Object.keys(headers).length > 0) {
      const h: Record<string, string> = {};
      for (const [k, v] of Object.entries(headers)) {
        h[k] = text(v);
      }
      out.headers = h;
    }
    return out;
  }

  async run(step: JsonObject, token: string | null): Promise<{ result: unknown; raw: RawLike | undefined }> {
    const key = step["signingKey"];
    const client = this.client({
      token,
      signingKey: isObject(key) ? { keyId: text(key["keyId"]), secret: text(key["secret"]) } : undefined,
    });
    const op = String(step["operation"]);
    const pathParams = isObject(step["pathParams"]) ? step["pathParams"] : undefined;
    const query = isObject(step["query"]) ? step["query"] : undefined;
    const body = "body" in step ? step["body"] : undefined;
    const options = this.options(step);
    const helper = step["helper"] ?? null;
    const helperOptions = isObject(step["helperOptions"]) ? step["helperOptions"] : {};
    const num = (key: string, fallback: number): number =>
      key in helperOptions ? Number(helperOptions[key]) : fallback;

    if (helper === null) {
      if (step["raw"] === true) {
        const raw = await client.rawRequest(op, pathParams, query, body, options);
        return { result: raw.parsed(), raw };
      }
      return { result: await client.requestUnchecked(op, pathParams, query, body, options), raw: undefined };
    }
    if (helper === "paginate") {
      const items: unknown[] = [];
      for await (const item of client.iterate<unknown>(op, pathParams, query, options)) {
        items.push(item);
      }
      return { result: items, raw: undefined };
    }
    if (helper === "wait") {
      const result = await client.wait<unknown>(op, pathParams, query, {
        ...options,
        waitTimeoutMs: num("timeoutSeconds", DEFAULT_WAIT_TIMEOUT) * 1000,
        intervalMs: num("intervalSeconds", DEFAULT_WAIT_INTERVAL) * 1000,
      });
      return { result, raw: undefined };
    }
    // tail: follow until `take` items arrived or the time is up
    const take = "take" in helperOptions ? Number(helperOptions["take"]) : undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), num("timeoutSeconds", DEFAULT_TAIL_TIMEOUT) * 1000);
    const items: unknown[] = [];
    try {
      const stream = client.tail<unknown>(op, pathParams, query, {
        ...options,
        signal: controller.signal,
        intervalMs: num("intervalSeconds", DEFAULT_TAIL_INTERVAL) * 1000,
      });
      for await (const item of stream) {
        items.push(item);
        if (take !== undefined && items.length >= take) {
          break;
        }
      }
    } finally {
      clearTimeout(timer);
    }
    return { result: items, raw: undefined };
  }
}

// -- executing a scenario ------------------------------------------------------------

function stepLabel(index: number, step: JsonObject): string {
  const helper = typeof step["helper"] === "string" ? `${step["helper"]} ` : "";
  const note = typeof step["description"] === "string" && step["description"] ? ` (${step["description"]})` : "";
  return `step ${index} ${helper}${String(step["operation"])}${note}`;
}

async function runStep(driver: Driver, scenario: Scenario, rawStep: JsonObject, variables: Vars): Promise<void> {
  const step: JsonObject = {};
  for (const [k, v] of Object.entries(rawStep)) {
    if (k !== "expect" && k !== "capture") {
      step[k] = substitute(v, variables);
    }
  }
  const expect = substitute(rawStep["expect"] ?? {}, variables) as JsonObject;
  const tokenValue = "token" in step ? step["token"] : scenario.token;
  const token = typeof tokenValue === "string" ? tokenValue : null;

  const started = performance.now();
  let error: unknown = undefined;
  let failed = false;
  let result: unknown = undefined;
  let raw: RawLike | undefined = undefined;
  try {
    ({ result, raw } = await driver.run(step, token));
  } catch (exc) {
    if (!(exc instanceof driver.sdk.errors.SDKError)) {
      throw exc;
    }
    error = exc;
    failed = true;
  }
  const elapsed = (performance.now() - started) / 1000;

  const atLeast = expect["elapsedAtLeast"];
  if (typeof atLeast === "number" && elapsed + 0.005 < atLeast) {
    throw new StepFailure(`took ${elapsed.toFixed(2)}s, expected at least ${atLeast}s`);
  }

  if ("error" in expect) {
    if (!failed) {
      throw new StepFailure(`expected ${String(expect["error"])} error, got success ${short(result)}`);
    }
    const name = errorClassName(driver.sdk.errors, error);
    const problems: string[] = [];
    if (name !== expect["error"]) {
      problems.push(`error class ${name ?? errorName(error)}, expected ${String(expect["error"])}`);
    }
    const statusError = driver.statusError(error);
    if ("status" in expect && statusError?.status !== expect["status"]) {
      problems.push(`status ${String(statusError?.status)}, expected ${dump(expect["status"])}`);
    }
    if ("code" in expect && statusError?.code !== expect["code"]) {
      problems.push(`code ${dump(statusError?.code)}, expected ${dump(expect["code"])}`);
    }
    if ("retryAfter" in expect) {
      const got = statusError?.retryAfter;
      if (got === undefined || !jsonEqual(got, expect["retryAfter"])) {
        problems.push(`retryAfter ${String(got)}, expected ${dump(expect["retryAfter"])}`);
      }
    }
    problems.push(...checkFields(statusError?.body, isObject(expect["fields"]) ? expect["fields"] : {}, variables));
    if (problems.length > 0) {
      throw new StepFailure(`${problems.join("; ")} [${errorMessage(error)}]`);
    }
    return;
  }

  if (failed) {
    throw new StepFailure(`unexpected ${errorClassName(driver.sdk.errors, error) ?? errorName(error)}: ${errorMessage(error)}`);
  }
  const problems: string[] = [];
  if ("status" in expect && raw?.status !== expect["status"]) {
    problems.push(`status ${String(raw?.status)}, expected ${dump(expect["status"])}`);
  }
  const expectedHeaders = isObject(expect["headers"]) ? expect["headers"] : {};
  for (const [name, expected] of Object.entries(expectedHeaders)) {
    const actual = raw?.headers.get(name) ?? null;
    const why = actual === null ? "missing" : checkField(actual, expected, variables);
    if (why !== undefined) {
      problems.push(`header ${name}: ${why}`);
    }
  }
  if (expect["empty"] === true && !(isObject(result) && Object.keys(result).length === 0)) {
    problems.push(`expected an empty result {}, got ${short(result)}`);
  }
  const count = expect["count"];
  if (typeof count === "number" && (!Array.isArray(result) || result.length !== count)) {
    problems.push(`count ${Array.isArray(result) ? result.length : "-"}, expected ${count}`);
  }
  const minCount = expect["minCount"];
  if (typeof minCount === "number" && (!Array.isArray(result) || result.length < minCount)) {
    problems.push(`count ${Array.isArray(result) ? result.length : "-"}, expected at least ${minCount}`);
  }
  problems.push(...checkFields(result, isObject(expect["fields"]) ? expect["fields"] : {}, variables));
  for (const path of (expect["present"] as string[] | undefined) ?? []) {
    if (getPath(result, path) === MISSING) {
      problems.push(`${path}: expected present, missing`);
    }
  }
  for (const path of (expect["absent"] as string[] | undefined) ?? []) {
    const value = getPath(result, path);
    if (value !== MISSING) {
      problems.push(`${path}: expected absent, got ${short(value)}`);
    }
  }
  if (problems.length > 0) {
    throw new StepFailure(`${problems.join("; ")} [result ${short(result)}]`);
  }

  const capture = isObject(rawStep["capture"]) ? rawStep["capture"] : {};
  for (const [name, spec] of Object.entries(capture)) {
    const path = typeof spec === "string" ? spec : String((spec as JsonObject)["path"]);
    let value = getPath(result, path);
    if (value === MISSING) {
      throw new StepFailure(`capture ${name}: ${path} is missing [result ${short(result)}]`);
    }
    if (isObject(spec)) {
      const regex = String(spec["regex"]);
      const match = new RegExp(regex).exec(text(value as Json));
      if (match === null) {
        throw new StepFailure(`capture ${name}: ${dump(regex)} does not match ${short(value)}`);
      }
      value = match.length > 1 ? (match[1] ?? null) : match[0];
    }
    variables.set(name, value as Json);
  }
}

async function runScenario(driver: Driver, scenario: Scenario): Promise<string | undefined> {
  const variables: Vars = new Map<string, Json>([["$run", randomBytes(4).toString("hex")]]);
  for (const [k, v] of Object.entries(scenario.vars ?? {})) {
    variables.set(k, v);
  }
  for (const [i, step] of scenario.steps.entries()) {
    try {
      await runStep(driver, scenario, step, variables);
    } catch (exc) {
      if (exc instanceof StepFailure) {
        return `${stepLabel(i + 1, step)}: ${exc.message}`;
      }
      // the runner or the SDK broke: report, go on with the next scenario
      return `${stepLabel(i + 1, step)}: ${errorName(exc)}: ${errorMessage(exc)}`;
    }
  }
  return undefined;
}

async function resetServer(baseUrl: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/_admin/reset`, { method: "POST", body: "", signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new Error(`POST /_admin/reset failed: ${errorMessage(error)} (is the server running with --faults?)`);
  }
  await response.arrayBuffer();
  if (response.status !== 204) {
    throw new Error(`POST /_admin/reset answered ${response.status}`);
  }
}

// -- the command line -----------------------------------------------------------------

interface Args {
  servers: Map<ApiName, string>;
  apis: ApiName[];
  scenarios: string;
  select: string[];
  reset: boolean;
}

const USAGE =
  "usage: run.js [--base-url URL] [--server API=URL]... [--api NAME]... [--scenarios DIR] [-k NAME]... [--no-reset]";

function isApi(name: string): name is ApiName {
  return (APIS as readonly string[]).includes(name);
}

function parseArgs(argv: string[]): Args | string {
  const servers = new Map<ApiName, string>();
  const apis: ApiName[] = [];
  let scenarios = join("tests", "contract", "scenarios");
  const select: string[] = [];
  let reset = true;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const eq = arg.indexOf("=");
    const [flag, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) {
        return inline;
      }
      i += 1;
      return argv[i];
    };
    if (flag === "--help" || flag === "-h") {
      return USAGE;
    } else if (flag === "--no-reset") {
      reset = false;
    } else if (["--base-url", "--server", "--api", "--scenarios", "-k"].includes(flag)) {
      const v = value();
      if (v === undefined) {
        return `${flag} needs a value\n${USAGE}`;
      }
      if (flag === "--base-url") {
        servers.set(APIS[0], v.replace(/\/+$/, ""));
      } else if (flag === "--server") {
        const at = v.indexOf("=");
        const api = at > 0 ? v.slice(0, at) : "";
        const url = v.slice(at + 1);
        if (!isApi(api) || !/^https?:\/\//.test(url)) {
          return `--server ${repr(v)}: expected API=URL with API one of ${APIS.join(", ")}\n${USAGE}`;
        }
        servers.set(api, url.replace(/\/+$/, ""));
      } else if (flag === "--api") {
        if (!isApi(v)) {
          return `--api ${repr(v)}: one of ${APIS.join(", ")}\n${USAGE}`;
        }
        apis.push(v);
      } else if (flag === "--scenarios") {
        scenarios = v;
      } else {
        select.push(v);
      }
    } else {
      return `unknown argument ${arg}\n${USAGE}`;
    }
  }
  if (servers.size === 0) {
    return `--base-url or --server is required\n${USAGE}`;
  }
  return { servers, apis, scenarios, select, reset };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  let scenarios: Scenario[];
  try {
    scenarios = loadScenarios(args.scenarios);
  } catch (error) {
    console.error(errorMessage(error));
    return 2;
  }
  if (args.select.length > 0) {
    scenarios = scenarios.filter((s) => args.select.some((k) => s.name.includes(k)));
  }
  if (args.apis.length > 0) {
    scenarios = scenarios.filter((s) => args.apis.includes(scenarioApi(s)));
  }
  const missing = [...new Set(scenarios.map(scenarioApi).filter((api) => !args.servers.has(api)))].sort();
  if (missing.length > 0) {
    console.error(
      `no server for the scenarios of ${missing.join(", ")}: pass --base-url (axhub) or --server API=URL (or select other scenarios with --api / -k)`,
    );
    return 2;
  }
  const drivers = new Map<ApiName, Driver>();
  let passed = 0;
  let failed = 0;
  for (const scenario of scenarios) {
    const api = scenarioApi(scenario);
    const root = args.servers.get(api) ?? "";
    let driver = drivers.get(api);
    if (driver === undefined) {
      driver = new Driver(root, api);
      drivers.set(api, driver);
    }
    const started = performance.now();
    let failure: string | undefined;
    try {
      if (args.reset) {
        await resetServer(root);
      }
      failure = await runScenario(driver, scenario);
    } catch (error) {
      failure = `before step 1: ${errorMessage(error)}`;
    }
    const took = ((performance.now() - started) / 1000).toFixed(2);
    if (failure === undefined) {
      passed += 1;
      console.log(`PASS ${MODE} ${scenario.name} (${took}s)`);
    } else {
      failed += 1;
      console.log(`FAIL ${MODE} ${scenario.name} (${took}s): ${failure}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
