// Retries (count, backoff with jitter, Retry-After), Idempotency-Key, timeouts and cancellation.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  RateLimitError,
  ServerError,
  backoffDelay,
  parseRetryAfter,
} from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

test("408, 429, 500, 502, 503 and 504 are retried, then the answer is returned", async () => {
  for (const status of [408, 429, 500, 502, 503, 504]) {
    const server = await serve([{ status }, { status }, { json: deployment() }]);
    try {
      const { sdk, clock } = client(server);
      const result = await sdk.deployments.get(APP, DID);
      assert.equal(result.id, DID, String(status));
      assert.equal(server.seen.length, 3);
      // exponential backoff, full jitter (random() = 0.5): 0.5 * 500 ms, 0.5 * 1000 ms
      assert.deepEqual(clock.sleeps, [250, 500]);
    } finally {
      await server.close();
    }
  }
});

test("statuses that are not retryable are not retried", async () => {
  const server = await serve(() => ({ status: 400, json: { code: "validation_failed" } }));
  try {
    const { sdk, clock } = client(server);
    await assert.rejects(sdk.deployments.get(APP, DID));
    assert.equal(server.seen.length, 1);
    assert.deepEqual(clock.sleeps, []);
  } finally {
    await server.close();
  }
});

test("max retries per client and per call", async () => {
  const server = await serve(() => ({ status: 503, json: { code: "unavailable" } }));
  try {
    const { sdk } = client(server, { maxRetries: 4 });
    await assert.rejects(sdk.deployments.get(APP, DID), ServerError);
    assert.equal(server.seen.length, 5);
    await assert.rejects(sdk.deployments.get(APP, DID, { maxRetries: 1 }));
    assert.equal(server.seen.length, 7);
    await assert.rejects(sdk.withOptions({ maxRetries: 0 }).deployments.get(APP, DID));
    assert.equal(server.seen.length, 8);
  } finally {
    await server.close();
  }
});

test("Retry-After in seconds, as an HTTP date, and retryAfter in the body are honoured", async () => {
  const server = await serve([
    { status: 429, headers: { "retry-after": "3" }, json: { code: "rate_limited" } },
    { status: 503, headers: { "retry-after": "Wed, 01 Jan 2025 00:00:10 GMT" } },
    { status: 429, json: { statusCode: 429, code: "rate_limited", retryAfter: 2 } },
    { json: deployment() },
  ]);
  try {
    const { sdk, clock } = client(server, { maxRetries: 3 });
    await sdk.deployments.get(APP, DID);
    // 3 s; then the date is 10 s after the fake "now" plus the 3 s already slept: 7 s; then 2 s
    assert.deepEqual(clock.sleeps, [3000, 7000, 2000]);
  } finally {
    await server.close();
  }
  const headers = new Headers({ "retry-after": "1.5" });
  assert.equal(parseRetryAfter(headers), 1500);
  assert.equal(parseRetryAfter(new Headers({ "retry-after": "soon" })), undefined);
  assert.equal(backoffDelay(10, () => 1), 8000); // capped
});

test("a rate limit that runs out of retries is a RateLimitError with retryAfter", async () => {
  const server = await serve(() => ({ status: 429, headers: { "retry-after": "42" }, json: { code: "rate_limited" } }));
  try {
    const { sdk } = client(server, { maxRetries: 1 });
    const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 42);
    assert.equal(server.seen.length, 2);
  } finally {
    await server.close();
  }
});

test("a POST gets one Idempotency-Key, the same on every retry of the call", async () => {
  const server = await serve([{ status: 503 }, { status: 500 }, { status: 202, json: deployment() }]);
  try {
    const { sdk } = client(server);
    await sdk.deployments.trigger(APP, { force_rebuild: true });
    const keys = server.seen.map((r) => r.headers["idempotency-key"]);
    assert.equal(keys.length, 3);
    assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
    assert.equal(new Set(keys).size, 1);
    assert.deepEqual(
      server.seen.map((r) => r.body),
      Array(3).fill('{"force_rebuild":true}'),
    );
    // the next call gets its own key
    await sdk.deployments.trigger(APP);
    assert.notEqual(server.seen[3]?.headers["idempotency-key"], keys[0]);
  } finally {
    await server.close();
  }
});

test("a key given by the caller (option or header parameter) is used as is", async () => {
  const server = await serve(() => ({ status: 202, json: deployment() }));
  try {
    const { sdk } = client(server);
    await sdk.deployments.trigger(APP, undefined, { idempotencyKey: "mine-1" });
    await sdk.deployments.trigger(APP, { "Idempotency-Key": "mine-2" });
    assert.equal(server.seen[0]?.headers["idempotency-key"], "mine-1");
    assert.equal(server.seen[1]?.headers["idempotency-key"], "mine-2");
  } finally {
    await server.close();
  }
});

test("without retries a POST carries no key; a non-idempotent request without a key is never retried", async () => {
  const server = await serve(() => ({ status: 503 }));
  try {
    const { sdk } = client(server, { maxRetries: 0 });
    await assert.rejects(sdk.deployments.trigger(APP));
    assert.equal(server.seen[0]?.headers["idempotency-key"], undefined);
    const retrying = client(server).sdk;
    await assert.rejects(
      retrying.deployments.deployPatchApiV1AppsByAppIDGitConnection({ appID: APP }, undefined, { branch: "main" }),
    );
    assert.equal(server.seen.length, 2); // PATCH: one attempt only
  } finally {
    await server.close();
  }
});

test("connection errors are retried with backoff, then thrown as APIConnectionError", async () => {
  const server = await serve(() => ({ destroy: true }));
  try {
    const { sdk, clock } = client(server);
    const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
    assert.ok(error instanceof APIConnectionError);
    assert.equal(server.seen.length, 3);
    assert.deepEqual(clock.sleeps, [250, 500]);
  } finally {
    await server.close();
  }
});

test("timeouts: per client and per call, retried, then APITimeoutError", async () => {
  const server = await serve(() => ({ delayMs: 300, json: deployment() }));
  try {
    let attempts = 0;
    const { sdk, clock } = client(server, { timeoutMs: 50, maxRetries: 1, onRequest: () => (attempts += 1) });
    const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
    assert.ok(error instanceof APITimeoutError);
    assert.ok(error instanceof APIConnectionError);
    assert.match(error.message, /timed out after 50 ms/);
    assert.equal(attempts, 2); // counted by the client: a loaded machine may time out before the server sees it
    assert.deepEqual(clock.sleeps, [250]);
    // a call's own timeout wins over the client's
    const slow = await sdk.deployments.get(APP, DID, { timeoutMs: 5000 });
    assert.equal(slow.id, DID);
    const quick = client(server, { maxRetries: 0 }).sdk;
    await assert.rejects(
      quick.deployments.get(APP, DID, { timeoutMs: 20 }),
      APITimeoutError,
    );
  } finally {
    await server.close();
  }
});

test("an AbortSignal cancels the call and is never retried", async () => {
  const controller = new AbortController();
  const server = await serve(() => {
    controller.abort(); // once the server has the request
    return { delayMs: 500, json: deployment() };
  });
  try {
    const { sdk } = client(server);
    const error = await sdk.deployments
      .get(APP, DID, { signal: controller.signal })
      .catch((e: unknown) => e);
    assert.ok(error instanceof APIUserAbortError);
    assert.equal(server.seen.length, 1);
    await assert.rejects(
      sdk.deployments.get(APP, DID, { signal: AbortSignal.abort() }),
      APIUserAbortError,
    );
    assert.equal(server.seen.length, 1); // an aborted signal sends nothing
  } finally {
    await server.close();
  }
});
