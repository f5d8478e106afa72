// Security schemes per operation: basic, API keys (header, query, cookie), bearer, no security,
// OAuth2 client credentials (one shared fetch, refresh on expiry and on 401, endpoint failures),
// and secrets kept out of debug hooks and error messages.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  AuthenticationError,
  BaseClient,
  NotFoundError,
  type ClientOptions,
  type DebugRequest,
  type Operation,
  type OperationShape,
  type SecurityScheme,
} from "@axhub/sdk";

import { serve, type Reply, type Seen, type TestServer } from "./support.js";

function op(operationId: string, security: readonly SecurityScheme[] | undefined, extra: Partial<Operation> = {}): Operation {
  return {
    operationId,
    method: "GET",
    path: `/${operationId}`,
    params: [],
    responses: { "200": "json", "204": "empty" },
    ...(security === undefined ? {} : { security }),
    ...extra,
  };
}

const OAUTH: SecurityScheme = { kind: "oauth2", tokenUrl: "http://127.0.0.1:1/never-used" };

const OPS = {
  basic: op("basic", [{ kind: "http", scheme: "basic" }]),
  bearer: op("bearer", [{ kind: "http", scheme: "bearer" }]),
  basicOrBearer: op("basicOrBearer", [
    { kind: "http", scheme: "basic" },
    { kind: "http", scheme: "bearer" },
  ]),
  headerKey: op("headerKey", [{ kind: "apiKey", location: "header", name: "X-Key" }]),
  queryKey: op("queryKey", [{ kind: "apiKey", location: "query", name: "api_key" }], {
    params: [{ name: "page", location: "query" }],
  }),
  cookieKey: op("cookieKey", [{ kind: "apiKey", location: "cookie", name: "session_key" }], {
    params: [{ name: "theme", location: "cookie" }],
  }),
  keyAndBearer: op("keyAndBearer", [
    { kind: "apiKey", location: "header", name: "X-Key" },
    { kind: "http", scheme: "bearer" },
  ]),
  open: op("open", []),
  legacy: op("legacy", undefined),
  oauth: op("oauth", [OAUTH]),
  oauthPost: op("oauthPost", [OAUTH], { method: "POST", requestContentType: "application/json" }),
  oidc: op("oidc", [{ kind: "openIdConnect" }]),
};

class TestClient extends BaseClient<Record<string, OperationShape>> {
  constructor(options: ClientOptions = {}) {
    super(options, { operations: OPS, defaultBaseUrl: "", sdkName: "auth-test", sdkVersion: "1.0.0" });
  }
}

/** The client's clock: `now` in epoch ms, moved by hand. */
interface Clock {
  now: number;
}

function make(server: TestServer, options: ClientOptions = {}): { sdk: TestClient; clock: Clock } {
  const clock: Clock = { now: Date.parse("2025-01-01T00:00:00Z") };
  const sdk = new TestClient({
    baseUrl: server.url,
    sleep: async () => undefined,
    random: () => 0.5,
    now: () => clock.now,
    ...options,
  });
  return { sdk, clock };
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

const api = (seen: Seen[]): Seen[] => seen.filter((r) => r.path !== "/token");
const tokenRequests = (seen: Seen[]): Seen[] => seen.filter((r) => r.path === "/token");

/** A server whose /token issues tok-1, tok-2, ... and whose API answers `answer` (200 by default). */
async function oauthServer(
  token: (n: number) => Reply = (n) => ({ json: { access_token: `tok-${n}`, token_type: "Bearer", expires_in: 3600 } }),
  answer: (request: Seen) => Reply = () => ({ json: { ok: true } }),
): Promise<TestServer> {
  let issued = 0;
  return serve((request) => {
    if (request.path === "/token") {
      issued += 1;
      return token(issued);
    }
    return answer(request);
  });
}

test("http basic sends username:password in Authorization", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = make(server, { username: "ada", password: "p:ss wörd", token: "not-this" });
    await sdk.call(OPS.basic);
    assert.equal(server.seen[0]?.headers.authorization, basic("ada", "p:ss wörd"));
  } finally {
    await server.close();
  }
});

test("api keys go in the header, query parameter or cookie each scheme names", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = make(server, { apiKey: "k/1 2" });
    await sdk.call(OPS.headerKey);
    await sdk.call(OPS.queryKey, null, { page: 2 });
    await sdk.call(OPS.cookieKey, null, { theme: "dark" });
    const [header, query, cookie] = server.seen;
    assert.equal(header?.headers["x-key"], "k/1 2");
    assert.equal(header?.headers.authorization, undefined);
    assert.equal(query?.query.get("api_key"), "k/1 2");
    assert.equal(query?.query.get("page"), "2");
    assert.equal(query?.headers["x-key"], undefined);
    assert.equal(cookie?.headers.cookie, "session_key=k%2F1%202; theme=dark");
  } finally {
    await server.close();
  }
});

test("every credential an operation accepts is sent; Authorization holds the first scheme's", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = make(server, { apiKey: "key-1", token: "tok", username: "ada", password: "pw" });
    await sdk.call(OPS.keyAndBearer);
    await sdk.call(OPS.basicOrBearer);
    await sdk.call(OPS.bearer);
    await sdk.call(OPS.oidc);
    assert.equal(server.seen[0]?.headers["x-key"], "key-1");
    assert.equal(server.seen[0]?.headers.authorization, "Bearer tok");
    assert.equal(server.seen[1]?.headers.authorization, basic("ada", "pw"));
    assert.equal(server.seen[2]?.headers.authorization, "Bearer tok");
    assert.equal(server.seen[3]?.headers.authorization, "Bearer tok");
    const { sdk: tokenOnly } = make(server, { token: "tok" });
    await tokenOnly.call(OPS.basicOrBearer); // no basic credentials: the bearer scheme applies
    assert.equal(server.seen[4]?.headers.authorization, "Bearer tok");
    await tokenOnly.call(OPS.headerKey); // no key: nothing is sent
    assert.equal(server.seen[5]?.headers.authorization, undefined);
    assert.equal(server.seen[5]?.headers["x-key"], undefined);
  } finally {
    await server.close();
  }
});

test("an operation without security sends no credentials; without schemes in the spec a token is a bearer", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = make(server, {
      token: "tok",
      apiKey: "key",
      username: "ada",
      password: "pw",
      clientId: "id",
      clientSecret: "secret",
    });
    await sdk.call(OPS.open);
    const headers = server.seen[0]?.headers ?? {};
    assert.equal(headers.authorization, undefined);
    assert.equal(headers.cookie, undefined);
    assert.equal(headers["x-key"], undefined);
    assert.equal(server.seen[0]?.query.toString(), "");
    await sdk.call(OPS.legacy);
    assert.equal(server.seen[1]?.headers.authorization, "Bearer tok");
    assert.equal(server.seen.length, 2); // no token was fetched for either
  } finally {
    await server.close();
  }
});

test("client credentials: one token request, shared by concurrent calls and reused", async () => {
  const server = await oauthServer();
  try {
    const { sdk } = make(server, {
      clientId: "client id",
      clientSecret: "s&cret:1",
      scopes: ["read", "write"],
      tokenUrl: `${server.url}/token`,
      token: "ignored",
    });
    await Promise.all([sdk.call(OPS.oauth), sdk.call(OPS.oauth), sdk.call(OPS.oauthPost, null, null, { a: 1 })]);
    await sdk.call(OPS.oauth);
    await sdk.call(OPS.oauth, null, null, undefined, { headers: { Authorization: "Bearer mine" } });
    const tokens = tokenRequests(server.seen);
    assert.equal(tokens.length, 1);
    const request = tokens[0];
    assert.equal(request?.method, "POST");
    assert.equal(request?.headers.authorization, basic("client+id", "s%26cret%3A1"));
    assert.equal(request?.headers.accept, "application/json");
    assert.equal(request?.headers["content-type"], "application/x-www-form-urlencoded");
    assert.deepEqual(Object.fromEntries(new URLSearchParams(request?.body)), {
      grant_type: "client_credentials",
      scope: "read write",
    });
    assert.deepEqual(
      api(server.seen).map((r) => r.headers.authorization),
      ["Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer mine"],
    );
  } finally {
    await server.close();
  }
});

test("client credentials: the spec's token URL is used, and no scope is sent when none is asked for", async () => {
  const server = await oauthServer();
  try {
    const operation = op("fromSpec", [{ kind: "oauth2", tokenUrl: `${server.url}/token` }]);
    const { sdk } = make(server, { clientId: "id", clientSecret: "secret" });
    await sdk.call(operation);
    const [request] = tokenRequests(server.seen);
    assert.equal(request?.body, "grant_type=client_credentials");
    assert.equal(api(server.seen)[0]?.headers.authorization, "Bearer tok-1");
  } finally {
    await server.close();
  }
});

test("client credentials: a new token once expires_in less 30 s has passed", async () => {
  const server = await oauthServer();
  try {
    const { sdk, clock } = make(server, { clientId: "id", clientSecret: "secret", tokenUrl: `${server.url}/token` });
    await sdk.call(OPS.oauth);
    clock.now += 3_569_000; // 31 s before it expires: still good
    await sdk.call(OPS.oauth);
    clock.now += 1_000; // 30 s before: replaced
    await sdk.call(OPS.oauth);
    await sdk.call(OPS.oauth);
    assert.equal(tokenRequests(server.seen).length, 2);
    assert.deepEqual(
      api(server.seen).map((r) => r.headers.authorization),
      ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2"],
    );
  } finally {
    await server.close();
  }
});

test("client credentials: a 401 fetches a new token and sends the call once more", async () => {
  const server = await oauthServer(undefined, (request) =>
    request.headers.authorization === "Bearer tok-1" ? { status: 401, json: { code: "expired" } } : { json: { ok: 1 } },
  );
  try {
    const { sdk } = make(server, { clientId: "id", clientSecret: "secret", tokenUrl: `${server.url}/token`, maxRetries: 0 });
    const result = await sdk.call<{ ok: number }>(OPS.oauthPost, null, null, { n: 1 });
    assert.deepEqual(result, { ok: 1 });
    assert.deepEqual(
      server.seen.map((r) => `${r.path} ${r.headers.authorization ?? ""}`),
      ["/token " + basic("id", "secret"), "/oauthPost Bearer tok-1", "/token " + basic("id", "secret"), "/oauthPost Bearer tok-2"],
    );
    assert.equal(api(server.seen)[1]?.body, '{"n":1}');
  } finally {
    await server.close();
  }
});

test("client credentials: a second 401 is the caller's AuthenticationError", async () => {
  const server = await oauthServer(undefined, () => ({ status: 401, json: { code: "denied", message: "no" } }));
  try {
    const { sdk } = make(server, { clientId: "id", clientSecret: "secret", tokenUrl: `${server.url}/token` });
    const error = await sdk.call(OPS.oauth).then(
      () => assert.fail("expected a 401"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, "denied");
    assert.equal(api(server.seen).length, 2);
    assert.equal(tokenRequests(server.seen).length, 2);
  } finally {
    await server.close();
  }
});

test("client credentials: a token endpoint that refuses is an AuthenticationError without the secret", async () => {
  const server = await oauthServer(() => ({
    status: 401,
    json: { error: "invalid_client", error_description: "unknown client" },
  }));
  try {
    const { sdk } = make(server, { clientId: "id", clientSecret: "top-secret", tokenUrl: `${server.url}/token` });
    const error = await sdk.call(OPS.oauth).then(
      () => assert.fail("expected the token request to fail"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AuthenticationError, String(error));
    assert.equal(error.status, 401);
    assert.equal(error.code, "invalid_client");
    assert.match(error.message, /token request failed: unknown client/);
    assert.doesNotMatch(error.message, /top-secret/);
    assert.equal(api(server.seen).length, 0);
  } finally {
    await server.close();
  }
});

test("client credentials: every token endpoint failure is an AuthenticationError with its status", async () => {
  // The same rule in every SDK: 400, 401, 500, an answer without access_token and one that is not
  // JSON all give the authentication error, carrying the token endpoint's status, no body, no secret.
  const cases: { reply: Reply; status: number; code: string | undefined; reason: RegExp }[] = [
    { reply: { status: 400, json: { error: "invalid_scope" } }, status: 400, code: "invalid_scope", reason: /invalid_scope/ },
    { reply: { status: 401, json: { error: "invalid_client", error_description: "who?" } }, status: 401, code: "invalid_client", reason: /who\?/ },
    { reply: { status: 500, text: "down" }, status: 500, code: undefined, reason: /Internal Server Error/ },
    { reply: { json: { token_type: "Bearer" } }, status: 200, code: undefined, reason: /no access_token/ },
    { reply: { status: 200, text: "<html>login</html>" }, status: 200, code: undefined, reason: /no access_token/ },
  ];
  let current = 0;
  const server = await oauthServer(() => cases[current]?.reply ?? { status: 599 });
  try {
    for (const [index, expected] of cases.entries()) {
      current = index;
      const { sdk } = make(server, { clientId: "id", clientSecret: "top-secret", tokenUrl: `${server.url}/token` });
      const error = await sdk.call(OPS.oauth).then(
        () => assert.fail(`case ${index}: expected the token request to fail`),
        (e: unknown) => e,
      );
      assert.ok(error instanceof AuthenticationError, `case ${index}: ${String(error)}`);
      assert.equal(error.status, expected.status, `case ${index}`);
      assert.equal(error.code, expected.code, `case ${index}`);
      assert.match(error.message, /the token request failed: /);
      assert.match(error.message, expected.reason);
      assert.equal(error.body, undefined);
      assert.doesNotMatch(`${error.message} ${String(error)} ${JSON.stringify(error)}`, /top-secret|aWQ6dG9wLXNlY3JldA/);
    }
    assert.equal(api(server.seen).length, 0);
  } finally {
    await server.close();
  }
  const closed = make(server, { clientId: "id", clientSecret: "top-secret", tokenUrl: `${server.url}/token` }).sdk;
  const refused = await closed.call(OPS.oauth).then(
    () => assert.fail("expected a connection error"),
    (e: unknown) => e,
  );
  assert.ok(refused instanceof APIConnectionError, String(refused));
  assert.match(refused.message, /the token request failed/);
  assert.doesNotMatch(refused.message, /top-secret/);
});

test("an abort while waiting for the token ends only that call", async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const server = await oauthServer();
  try {
    const slowFetch: ClientOptions["fetch"] = async (input, init) => {
      if (input.endsWith("/token")) {
        await gate;
      }
      return fetch(input, init);
    };
    const { sdk } = make(server, {
      clientId: "id",
      clientSecret: "secret",
      tokenUrl: `${server.url}/token`,
      fetch: slowFetch,
    });
    const controller = new AbortController();
    const aborted = sdk.call(OPS.oauth, null, null, undefined, { signal: controller.signal });
    const waiting = sdk.call(OPS.oauth);
    controller.abort();
    await assert.rejects(aborted, { name: "APIUserAbortError" });
    release();
    assert.deepEqual(await waiting, { ok: true });
    assert.equal(tokenRequests(server.seen).length, 1);
  } finally {
    release();
    await server.close();
  }
});

test("secrets stay out of debug hooks and error messages", async () => {
  const server = await serve(() => ({ status: 404, json: { code: "missing" } }));
  try {
    const requests: DebugRequest[] = [];
    const lines: string[] = [];
    const { sdk } = make(server, {
      apiKey: "key-secret",
      username: "ada",
      password: "pw-secret",
      maxRetries: 0,
      onRequest: (r) => requests.push(r),
      logger: { debug: (message, details) => lines.push(message + JSON.stringify(details ?? {})) },
    });
    const errors: unknown[] = [];
    for (const operation of [OPS.queryKey, OPS.headerKey, OPS.cookieKey, OPS.basic]) {
      await sdk.call(operation, null, { page: 1 }).catch((e: unknown) => errors.push(e));
    }
    assert.equal(server.seen[0]?.query.get("api_key"), "key-secret"); // sent, but never shown
    assert.equal(errors.length, 4);
    for (const error of errors) {
      assert.ok(error instanceof NotFoundError);
      assert.doesNotMatch(error.message, /secret/);
      assert.doesNotMatch(String(error.url), /secret/);
    }
    assert.match(String((errors[0] as NotFoundError).url), /api_key=\[REDACTED\]&|api_key=\[REDACTED\]$/);
    const shown = JSON.stringify(requests) + lines.join("\n");
    assert.doesNotMatch(shown, /secret/);
    assert.doesNotMatch(shown, new RegExp(Buffer.from("ada:pw-secret").toString("base64")));
    assert.equal(requests[1]?.headers["x-key"], "[REDACTED]");
    assert.equal(requests[3]?.headers["authorization"], "[REDACTED]");
  } finally {
    await server.close();
  }
});

test("credentials worked out once per operation are sent and redacted alike on every call, per client", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const requests: DebugRequest[] = [];
    const { sdk } = make(server, { apiKey: "key-one", onRequest: (r) => requests.push(r) });
    const other = sdk.withOptions({ apiKey: "key-two" });
    for (let round = 0; round < 2; round += 1) {
      await sdk.call(OPS.queryKey, null, { page: round });
      await sdk.call(OPS.headerKey);
      await other.call(OPS.queryKey, null, { page: round });
    }
    assert.deepEqual(
      server.seen.map((seen) => [seen.query.get("api_key"), seen.query.get("page"), seen.headers["x-key"]]),
      [
        ["key-one", "0", undefined],
        [null, null, "key-one"],
        ["key-two", "0", undefined],
        ["key-one", "1", undefined],
        [null, null, "key-one"],
        ["key-two", "1", undefined],
      ],
    );
    const viaQuery = requests.filter((r) => r.operationId === "queryKey");
    assert.equal(viaQuery.length, 4); // the copy keeps the hooks
    for (const shown of viaQuery) {
      assert.match(shown.url, /api_key=\[REDACTED\]/);
      assert.doesNotMatch(shown.url, /key-one|key-two/);
    }
    const viaHeader = requests.filter((r) => r.operationId === "headerKey");
    assert.deepEqual(viaHeader.map((r) => r.headers["x-key"]), ["[REDACTED]", "[REDACTED]"]);
  } finally {
    await server.close();
  }
});
