// A client's settings: AXHUB_TOKEN, AXHUB_BASE_URL and AXHUB_LOG fill in what the options leave
// out (explicit options win); bad base URLs and option values are refused when the client is
// built; a closed client refuses calls. Every refusal is the SDK's own error, before sending.

import assert from "node:assert/strict";
import { test } from "node:test";

import { AxHub, ClientClosedError, type ClientOptions, InvalidArgumentError, SDKError } from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

const VARIABLES = ["AXHUB_TOKEN", "AXHUB_BASE_URL", "AXHUB_LOG"] as const;

/** Run `body` with the AXHUB_* variables set as given (the rest unset), then restore them. */
async function withEnv(values: Partial<Record<(typeof VARIABLES)[number], string>>, body: () => Promise<void>): Promise<void> {
  const saved = VARIABLES.map((name) => [name, process.env[name]] as const);
  for (const name of VARIABLES) {
    const value = values[name];
    if (value === undefined) {
      delete process.env[name];
    } else {
      process.env[name] = value;
    }
  }
  try {
    await body();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  }
}

function refused(pattern: RegExp): (error: unknown) => boolean {
  return (error: unknown) => error instanceof InvalidArgumentError && pattern.test(error.message);
}

test("AXHUB_TOKEN and AXHUB_BASE_URL are read when the options leave them out", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    await withEnv({ AXHUB_TOKEN: "tok_env", AXHUB_BASE_URL: server.url }, async () => {
      const sdk = new AxHub();
      assert.equal(sdk.baseUrl, server.url);
      await sdk.deployments.get(APP, DID);
      assert.equal(server.seen[0]?.headers.authorization, "Bearer tok_env");
      const explicit = new AxHub({ token: "tok_given" });
      await explicit.deployments.get(APP, DID);
      assert.equal(server.seen[1]?.headers.authorization, "Bearer tok_given");
      assert.equal(new AxHub({ baseUrl: "https://other.example" }).baseUrl, "https://other.example");
    });
    await withEnv({}, async () => {
      assert.equal(new AxHub().baseUrl, "https://api.axhub.ai");
    });
  } finally {
    await server.close();
  }
});

test("AXHUB_LOG=debug logs each request to stderr; off is quiet; other values are refused", async () => {
  const server = await serve(() => ({ json: deployment() }));
  const lines: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
  };
  try {
    await withEnv({ AXHUB_LOG: "debug", AXHUB_BASE_URL: server.url }, async () => {
      await new AxHub({ token: "tok_secret" }).deployments.get(APP, DID);
    });
    await withEnv({ AXHUB_LOG: "off", AXHUB_BASE_URL: server.url }, async () => {
      await new AxHub().deployments.get(APP, DID);
    });
  } finally {
    console.error = original;
    await server.close();
  }
  assert.equal(lines.length, 2, lines.join("\n"));
  assert.ok(lines[0]?.includes(`request GET ${server.url}/api/v1/apps/${APP}/deployments/${DID}`), lines[0]);
  assert.ok(lines[1]?.includes("-> 200"), lines[1]);
  assert.ok(!lines.join("\n").includes("tok_secret"));
  await withEnv({ AXHUB_LOG: "verbose" }, async () => {
    assert.throws(() => new AxHub(), refused(/AXHUB_LOG must be "debug" or "off" \(got "verbose"\)/));
  });
});

test("a base URL that is not absolute http(s) with a host is refused when the client is built", async () => {
  await withEnv({}, async () => {
    for (const bad of ["localhost:8080", "ftp://files.example", "/api", "http://", "not a url"]) {
      assert.throws(() => new AxHub({ baseUrl: bad }), refused(/baseUrl must be an absolute http\(s\) URL with a host/), bad);
    }
  });
  await withEnv({ AXHUB_BASE_URL: "localhost:8080" }, async () => {
    assert.throws(() => new AxHub(), refused(/AXHUB_BASE_URL must be an absolute http\(s\) URL with a host.* \(got "localhost:8080"\)/));
    assert.equal(new AxHub({ baseUrl: "http://127.0.0.1:8080" }).baseUrl, "http://127.0.0.1:8080"); // explicit wins
  });
});

test("option values of the wrong kind are refused when the client is built", async () => {
  await withEnv({}, async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ timeoutMs: -1 }, /timeoutMs must be a number >= 0 \(got number -1\)/],
      [{ timeoutMs: "5" }, /timeoutMs must be a number >= 0 \(got "5"\)/],
      [{ maxRetries: Number.NaN }, /maxRetries must be a number >= 0/],
      [{ token: 5 }, /token must be a string \(got number 5\)/],
      [{ headers: { "X-A": 1 } }, /headers must be an object of strings/],
      [{ fetch: "fetch" }, /fetch must be a function/],
      [{ scopes: "read" }, /scopes must be an array of strings/],
      [{ logger: {} }, /logger must have a debug\(message\) method/],
    ];
    for (const [options, pattern] of cases) {
      assert.throws(() => new AxHub(options as ClientOptions), refused(pattern), JSON.stringify(options));
    }
    assert.throws(() => new AxHub("token" as unknown as ClientOptions), refused(/the options must be an object/));
  });
});

test("a closed client refuses calls with ClientClosedError and sends nothing", async () => {
  const server = await serve(() => ({ json: { items: [deployment()], total: 1 } }));
  try {
    const { sdk } = client(server);
    const copy = sdk.withOptions({});
    sdk.close();
    assert.equal(sdk.closed, true);
    const isClosed = (error: unknown): boolean =>
      error instanceof ClientClosedError && error instanceof SDKError && /this client is closed/.test(error.message);
    await assert.rejects(sdk.deployments.get(APP, DID), isClosed);
    await assert.rejects(sdk.request("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP, did: DID }), isClosed);
    await assert.rejects(sdk.deployments.list(APP), isClosed);
    assert.equal(server.seen.length, 0);
    await copy.deployments.list(APP); // a copy is a client of its own
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});
