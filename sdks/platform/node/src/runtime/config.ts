// Internal: a client's settings, completed from the environment and checked when it is built.
//
// `<PREFIX>_TOKEN`, `<PREFIX>_BASE_URL` and `<PREFIX>_LOG` (the prefix is the API's, e.g.
// `AXHUB`) fill in what the options leave out; an explicit option always wins. A base URL that is
// not an absolute http(s) URL with a host, or an option of the wrong kind, is refused here with
// InvalidArgumentError, not at the first call.

import { InvalidArgumentError } from "./errors.js";
import type { ClientOptions, Logger } from "./types.js";

type Environment = Readonly<Record<string, string | undefined>>;

const STRINGS = [
  "token",
  "username",
  "password",
  "apiKey",
  "clientId",
  "clientSecret",
  "tokenUrl",
  "tenantId",
  "signingKeyId",
  "signingSecret",
] as const;
const FUNCTIONS = ["fetch", "signer", "onRequest", "onResponse", "sleep", "random", "now"] as const;
const COUNTS = ["timeoutMs", "maxRetries"] as const;
const LOG_ON = new Set(["debug", "1", "true", "on"]);
const LOG_OFF = new Set(["", "off", "0", "false", "none"]);

/** Debug lines on stderr, for `<PREFIX>_LOG=debug`. */
const STDERR_LOGGER: Logger = {
  debug(message: string, details?: Record<string, unknown>): void {
    console.error(`[sdk] ${message}`, details ?? "");
  },
};

function describe(value: unknown): string {
  if (value === null) {
    return "null";
  }
  if (typeof value === "string") {
    return JSON.stringify(value);
  }
  return Array.isArray(value) ? "an array" : typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** The base URL if it is an absolute http(s) URL with a host; else InvalidArgumentError. */
export function checkBaseUrl(client: string, baseUrl: unknown, source: string): string {
  if (typeof baseUrl !== "string") {
    throw new InvalidArgumentError(`${client}: ${source} must be a string (got ${describe(baseUrl)})`);
  }
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "http:" && url.protocol !== "https:") || url.hostname === "") {
    throw new InvalidArgumentError(
      `${client}: ${source} must be an absolute http(s) URL with a host, like "https://api.example.com" ` +
        `(got ${describe(baseUrl)})`,
    );
  }
  return baseUrl;
}

function checkKinds(client: string, options: ClientOptions): void {
  const given = options as Record<string, unknown>;
  for (const name of STRINGS) {
    const value = given[name];
    if (value !== undefined && typeof value !== "string") {
      throw new InvalidArgumentError(`${client}: ${name} must be a string (got ${describe(value)})`);
    }
  }
  for (const name of FUNCTIONS) {
    const value = given[name];
    if (value !== undefined && typeof value !== "function") {
      throw new InvalidArgumentError(`${client}: ${name} must be a function (got ${describe(value)})`);
    }
  }
  for (const name of COUNTS) {
    const value = given[name];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value) && value >= 0)) {
      throw new InvalidArgumentError(`${client}: ${name} must be a number >= 0 (got ${describe(value)})`);
    }
  }
  const { headers, scopes, logger } = given;
  if (headers !== undefined && (typeof headers !== "object" || headers === null || Array.isArray(headers) ||
      Object.values(headers).some((v) => typeof v !== "string"))) {
    throw new InvalidArgumentError(`${client}: headers must be an object of strings (got ${describe(headers)})`);
  }
  if (scopes !== undefined && (!Array.isArray(scopes) || scopes.some((s) => typeof s !== "string"))) {
    throw new InvalidArgumentError(`${client}: scopes must be an array of strings (got ${describe(scopes)})`);
  }
  if (logger !== undefined && typeof (logger as { debug?: unknown } | null)?.debug !== "function") {
    throw new InvalidArgumentError(`${client}: logger must have a debug(message) method (got ${describe(logger)})`);
  }
}

function logFrom(client: string, variable: string, value: string | undefined): Logger | undefined {
  if (value === undefined) {
    return undefined;
  }
  const level = value.trim().toLowerCase();
  if (LOG_ON.has(level)) {
    return STDERR_LOGGER;
  }
  if (LOG_OFF.has(level)) {
    return undefined;
  }
  throw new InvalidArgumentError(`${client}: ${variable} must be "debug" or "off" (got ${describe(value)})`);
}

/**
 * The options a client runs with: the given ones, completed from `<prefix>_TOKEN`,
 * `<prefix>_BASE_URL` and `<prefix>_LOG`, and checked. `baseUrl` is always set in the result.
 */
export function resolveOptions(
  client: string,
  options: ClientOptions,
  prefix: string | undefined,
  defaultBaseUrl: string,
  env: Environment = prefix === undefined ? {} : process.env,
): ClientOptions & { baseUrl: string } {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError(`${client}: the options must be an object (got ${describe(options)})`);
  }
  checkKinds(client, options);
  const tokenVar = `${prefix}_TOKEN`;
  const baseUrlVar = `${prefix}_BASE_URL`;
  const logVar = `${prefix}_LOG`;
  const envBaseUrl = env[baseUrlVar] || undefined;
  let baseUrl: string;
  if (options.baseUrl !== undefined) {
    baseUrl = checkBaseUrl(client, options.baseUrl, "baseUrl");
  } else if (envBaseUrl !== undefined) {
    baseUrl = checkBaseUrl(client, envBaseUrl, baseUrlVar);
  } else if (defaultBaseUrl) {
    baseUrl = checkBaseUrl(client, defaultBaseUrl, "the API's server URL");
  } else {
    throw new InvalidArgumentError(`${client}: baseUrl is required (the API names no server; or set ${baseUrlVar})`);
  }
  const resolved: ClientOptions & { baseUrl: string } = { ...options, baseUrl };
  const token = env[tokenVar] || undefined;
  if (options.token === undefined && token !== undefined) {
    resolved.token = token;
  }
  const logger = logFrom(client, logVar, env[logVar]);
  if (options.logger === undefined && logger !== undefined) {
    resolved.logger = logger;
  }
  resolveSigningKey(client, resolved, prefix, env);
  return resolved;
}

/**
 * `signingKeyId` and `signingSecret`, each from `<prefix>_SIGNING_KEY_ID` / `<prefix>_SIGNING_SECRET`
 * when not given: both or neither, and neither empty (else InvalidArgumentError).
 */
function resolveSigningKey(client: string, resolved: ClientOptions, prefix: string | undefined, env: Environment): void {
  const idVar = `${prefix}_SIGNING_KEY_ID`;
  const secretVar = `${prefix}_SIGNING_SECRET`;
  if (resolved.signingKeyId === undefined && env[idVar]) {
    resolved.signingKeyId = env[idVar];
  }
  if (resolved.signingSecret === undefined && env[secretVar]) {
    resolved.signingSecret = env[secretVar];
  }
  const { signingKeyId, signingSecret } = resolved;
  if (signingKeyId === "" || signingSecret === "") {
    throw new InvalidArgumentError(`${client}: signingKeyId and signingSecret must not be empty`);
  }
  if ((signingKeyId === undefined) !== (signingSecret === undefined)) {
    const missing = signingKeyId === undefined ? `signingKeyId (or ${idVar})` : `signingSecret (or ${secretVar})`;
    throw new InvalidArgumentError(
      `${client}: signingKeyId and signingSecret go together; ${missing} is missing`,
    );
  }
}

/** One more host of an API: the client option that overrides it and its default URL. */
export interface HostDefaults {
  /** The client option naming its base URL (e.g. `agentBaseUrl`). */
  readonly option: string;
  /** The environment variable read when the option is not given (e.g. `DEPLITE_AGENT_BASE_URL`). */
  readonly env?: string;
  readonly defaultUrl: string;
}

/**
 * The base URL of each host (no trailing slash): its option, else its variable, else its default,
 * each checked as `baseUrl` is.
 */
export function resolveHosts(
  client: string,
  options: ClientOptions,
  hosts: Readonly<Record<string, HostDefaults>>,
  env: Environment = process.env,
): Record<string, string> {
  const given = options as Record<string, unknown>;
  const urls: Record<string, string> = {};
  for (const [key, host] of Object.entries(hosts)) {
    const value = given[host.option];
    const fromEnv = host.env === undefined ? undefined : env[host.env] || undefined;
    let url: string;
    if (value !== undefined) {
      url = checkBaseUrl(client, value, host.option);
    } else if (fromEnv !== undefined && host.env !== undefined) {
      url = checkBaseUrl(client, fromEnv, host.env);
    } else {
      url = checkBaseUrl(client, host.defaultUrl, `the server URL of the ${key} host`);
    }
    urls[key] = url.replace(/\/+$/, "");
  }
  return urls;
}
