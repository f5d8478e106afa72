// Internal: which credentials a request carries, from the operation's security schemes and the
// client's options, and the OAuth2 client-credentials token every call of a client shares.

import { Buffer } from "node:buffer";

import { TOKEN_REFRESH_MARGIN_MS } from "./constants.js";
import { describeError } from "./debug.js";
import { APIConnectionError, APITimeoutError, AuthenticationError } from "./errors.js";
import type { SecurityScheme } from "./operation.js";
import type { RequestSignature } from "./signing.js";
import type { ClientOptions, FetchLike, Logger } from "./types.js";

/** The credentials of one request, before it is sent. */
export interface Credentials {
  /** Headers to set (`Authorization`, API key headers). */
  readonly headers: [string, string][];
  readonly query: [string, string][];
  readonly cookies: [string, string][];
  /** Lower-case header names and query names whose values the debug hooks must not see. */
  readonly secretHeaders: string[];
  readonly secretQuery: string[];
  /** Set when the `Authorization` comes from a client-credentials token of this URL (per attempt). */
  readonly tokenUrl: string | undefined;
  /** Set when each attempt is signed so (the client has a signing key for a `signature` scheme). */
  readonly signature: RequestSignature | undefined;
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`;
}

/**
 * What `options` sends for an operation accepting `security`. Every API key goes where its scheme
 * says; `Authorization` holds one credential: that of the first scheme (in the spec's order) the
 * client has one for. `security` undefined (the spec declares no schemes): a `token` as bearer.
 */
export function credentialsFor(security: readonly SecurityScheme[] | undefined, options: ClientOptions): Credentials {
  const found: Credentials = {
    headers: [],
    query: [],
    cookies: [],
    secretHeaders: [],
    secretQuery: [],
    tokenUrl: undefined,
    signature: undefined,
  };
  if (security === undefined) {
    if (options.token) {
      found.headers.push(["Authorization", `Bearer ${options.token}`]);
    }
    return found;
  }
  let authorization: string | undefined;
  let tokenUrl: string | undefined;
  const bearer = options.token ? `Bearer ${options.token}` : undefined;
  const sent = new Set<string>();
  let signature: RequestSignature | undefined;
  for (const scheme of security) {
    if (scheme.kind === "signature") {
      // Signed beside any other credential (it uses headers of its own); the first such scheme.
      if (signature === undefined && scheme.signature !== undefined && options.signingKeyId && options.signingSecret) {
        signature = scheme.signature;
        found.secretHeaders.push(signature.signatureHeader.toLowerCase());
      }
      continue;
    }
    if (scheme.kind === "apiKey") {
      const key = `${scheme.location ?? ""}:${scheme.name ?? ""}`;
      if (options.apiKey === undefined || !scheme.name || sent.has(key)) {
        continue;
      }
      sent.add(key);
      if (scheme.location === "header") {
        found.headers.push([scheme.name, options.apiKey]);
        found.secretHeaders.push(scheme.name.toLowerCase());
      } else if (scheme.location === "query") {
        found.query.push([scheme.name, options.apiKey]);
        found.secretQuery.push(scheme.name);
      } else if (scheme.location === "cookie") {
        found.cookies.push([scheme.name, encodeURIComponent(options.apiKey)]);
      }
      continue;
    }
    if (authorization !== undefined || tokenUrl !== undefined) {
      continue;
    }
    if (scheme.kind === "http" && scheme.scheme === "basic") {
      authorization = options.username === undefined ? undefined : basic(options.username, options.password ?? "");
    } else if (scheme.kind === "http" && scheme.scheme === "bearer") {
      authorization = bearer;
    } else if (scheme.kind === "oauth2") {
      const url = options.tokenUrl ?? scheme.tokenUrl;
      if (options.clientId !== undefined && options.clientSecret !== undefined && url) {
        tokenUrl = url;
      } else {
        authorization = bearer;
      }
    } else if (scheme.kind === "openIdConnect") {
      authorization = bearer;
    }
  }
  if (authorization !== undefined) {
    found.headers.push(["Authorization", authorization]);
  }
  return { ...found, tokenUrl, signature };
}

/** How the token source reaches the token endpoint (the client's own transport settings). */
export interface TokenTransport {
  readonly fetch: FetchLike;
  readonly fetchOptions: RequestInit | undefined;
  readonly now: () => number;
  readonly timeoutMs: number;
  readonly userAgent: string;
  readonly logger: Logger | undefined;
}

interface Token {
  readonly value: string;
  /** Epoch ms after which it is fetched again; undefined: until the API answers 401. */
  readonly staleAt: number | undefined;
}

/** `application/x-www-form-urlencoded` of one value (RFC 6749 §2.3.1 encodes id and secret so). */
function formEncode(value: string): string {
  return new URLSearchParams([["", value]]).toString().slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * OAuth2 client-credentials tokens, one per token URL, cached until `expires_in` (less a margin)
 * runs out. Concurrent calls that need a token while none is valid wait for one shared request.
 */
export class ClientCredentials {
  readonly #clientId: string;
  readonly #clientSecret: string;
  readonly #scopes: readonly string[];
  readonly #transport: TokenTransport;
  readonly #tokens = new Map<string, Token>();
  readonly #pending = new Map<string, Promise<Token>>();

  constructor(clientId: string, clientSecret: string, scopes: readonly string[], transport: TokenTransport) {
    this.#clientId = clientId;
    this.#clientSecret = clientSecret;
    this.#scopes = scopes;
    this.#transport = transport;
  }

  /** A valid token for `url`: the cached one, or the one being fetched, or a new fetch. */
  async token(url: string): Promise<string> {
    const cached = this.#tokens.get(url);
    if (cached !== undefined && (cached.staleAt === undefined || this.#transport.now() < cached.staleAt)) {
      return cached.value;
    }
    let pending = this.#pending.get(url);
    if (pending === undefined) {
      pending = this.#request(url).finally(() => this.#pending.delete(url));
      this.#pending.set(url, pending);
    }
    return (await pending).value;
  }

  /** The API refused `used`: drop it, unless another call has already replaced it. */
  invalidate(url: string, used: string): void {
    if (this.#tokens.get(url)?.value === used) {
      this.#tokens.delete(url);
    }
  }

  async #request(url: string): Promise<Token> {
    const { fetch, fetchOptions, now, timeoutMs, userAgent, logger } = this.#transport;
    const form = new URLSearchParams({ grant_type: "client_credentials" });
    if (this.#scopes.length > 0) {
      form.set("scope", this.#scopes.join(" "));
    }
    const target = { method: "POST", url };
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        ...fetchOptions,
        method: "POST",
        headers: {
          Authorization: basic(formEncode(this.#clientId), formEncode(this.#clientSecret)),
          Accept: "application/json",
          "Content-Type": "application/x-www-form-urlencoded",
          "User-Agent": userAgent,
        },
        body: form.toString(),
        redirect: "manual",
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (timedOut) {
        throw new APITimeoutError(`the token request failed: timed out after ${timeoutMs} ms`, target, { cause: error });
      }
      throw new APIConnectionError(`the token request failed: ${describeError(error)}`, target, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    logger?.debug(`token request POST ${url} -> ${response.status}`);
    let body: unknown = undefined;
    try {
      body = text.trim() === "" ? undefined : (JSON.parse(text) as unknown);
    } catch {
      body = undefined;
    }
    const fields = isRecord(body) ? body : {};
    const value = fields["access_token"];
    if (response.status < 200 || response.status >= 300 || typeof value !== "string" || value === "") {
      // Whatever the status, the credentials gave no token: the authentication error, with the
      // token endpoint's status. The body stays out (a token endpoint's answer may hold secrets).
      const failed = response.status < 200 || response.status >= 300;
      const code = failed && typeof fields["error"] === "string" ? fields["error"] : undefined;
      const reason = !failed
        ? "the answer has no access_token"
        : typeof fields["error_description"] === "string"
          ? fields["error_description"]
          : (code ?? (response.statusText || `status ${response.status}`));
      throw new AuthenticationError({
        ...target,
        status: response.status,
        code,
        message: `the token request failed: ${reason}`,
        headers: response.headers,
      });
    }
    const seconds = Number(fields["expires_in"]);
    const staleAt =
      fields["expires_in"] === undefined || fields["expires_in"] === null || !Number.isFinite(seconds)
        ? undefined
        : now() + seconds * 1000 - TOKEN_REFRESH_MARGIN_MS;
    const token: Token = { value, staleAt };
    this.#tokens.set(url, token);
    return token;
  }
}
