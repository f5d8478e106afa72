// The friendly waiter and tail on the resource surface (deployments.waitFor, deployments.followLogs,
// deployments.bootstraps.waitFor) and their bounds: a wait gives up after its time, after maxPolls
// or when stop() says so (WaiterTimeoutError naming why), a tail ends by count, deadline, signal
// or callback. All on a fake clock: sleeps are recorded, not waited for.

import assert from "node:assert/strict";
import { test } from "node:test";

import { APIUserAbortError, InvalidArgumentError, type LogLine, WaiterTimeoutError } from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

function line(n: number): Record<string, unknown> {
  return { timestamp: `2025-01-01T00:00:0${n}Z`, stream: "stdout", message: `line ${n}` };
}

test("deployments.waitFor polls the get method with its path values until a terminal state", async () => {
  const states = ["pending", "building", "succeeded"];
  const server = await serve((_request, index) => ({ json: deployment({ status: states[Math.min(index, 2)] }) }));
  try {
    const { sdk, clock } = client(server);
    const done = await sdk.deployments.waitFor(APP, DID, { intervalMs: 500 });
    assert.equal(done.status, "succeeded");
    assert.equal(server.seen.length, 3);
    assert.ok(server.seen.every((r) => r.path === `/api/v1/apps/${APP}/deployments/${DID}`));
    assert.deepEqual(clock.sleeps, [500, 500]);
  } finally {
    await server.close();
  }
});

test("a wait gives up after maxPolls, when stop() says so, or after its time, naming why", async () => {
  const server = await serve(() => ({ json: deployment({ status: "building" }) }));
  try {
    const { sdk, clock } = client(server);
    await assert.rejects(sdk.deployments.waitFor(APP, DID, { maxPolls: 3, intervalMs: 10 }), (e: unknown) => {
      assert.ok(e instanceof WaiterTimeoutError);
      assert.equal(e.reason, "maxPolls");
      assert.equal(e.polls, 3);
      assert.match(e.message, /after 3 polls/);
      assert.equal((e.last as { status: string }).status, "building");
      return true;
    });
    assert.equal(server.seen.length, 3);
    const seen: string[] = [];
    await assert.rejects(
      sdk.deployments.waitFor(APP, DID, {
        stop: (last) => {
          seen.push(last.status);
          return seen.length === 2;
        },
      }),
      (e: unknown) => e instanceof WaiterTimeoutError && e.reason === "stop" && e.polls === 2,
    );
    assert.deepEqual(seen, ["building", "building"]);
    clock.sleeps.length = 0;
    await assert.rejects(
      sdk.deployments.bootstraps.waitFor("t1", "b1", { waitTimeoutMs: 5000, intervalMs: 2000 }),
      (e: unknown) => e instanceof WaiterTimeoutError && e.reason === "timeout",
    );
    assert.deepEqual(clock.sleeps, [2000, 2000, 1000]); // the last pause is cut to the deadline
  } finally {
    await server.close();
  }
});

test("bad bounds are refused before anything is sent", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    for (const options of [{ maxPolls: 0 }, { maxPolls: 1.5 }, { waitTimeoutMs: -1 }, { stop: "no" as unknown as () => boolean }]) {
      await assert.rejects(sdk.deployments.waitFor(APP, DID, options), InvalidArgumentError);
    }
    assert.throws(() => sdk.deployments.followLogs(APP, {}, { tailTimeoutMs: -5 }), InvalidArgumentError);
    await assert.rejects(sdk.deployments.waitFor(APP, "", {}), InvalidArgumentError);
    assert.equal(server.seen.length, 0);
  } finally {
    await server.close();
  }
});

test("deployments.followLogs sends the tail parameter itself and stops by count or by callback", async () => {
  let n = 0;
  const server = await serve(() => {
    n += 1;
    return { json: { lines: [line(n)], next_cursor: `w${n}`, has_more: false } };
  });
  try {
    const { sdk } = client(server);
    const counted: string[] = [];
    for await (const item of sdk.deployments.followLogs(APP, { limit: 10 }, { maxPolls: 2 })) {
      counted.push(item.message);
    }
    assert.deepEqual(counted, ["line 1", "line 2"]);
    assert.deepEqual(
      server.seen.map((r) => [r.query.get("direction"), r.query.get("limit"), r.query.get("cursor")]),
      [
        ["forward", "10", null],
        ["forward", "10", "w1"],
      ],
    );
    const stopped: LogLine[] = [];
    for await (const item of sdk.deployments.followLogs(APP, {}, { stop: (l) => l.message === "line 4" })) {
      stopped.push(item);
    }
    assert.deepEqual(stopped.map((l) => l.message), ["line 3", "line 4"]); // the stopping item is yielded
    assert.equal(server.seen.length, 4);
  } finally {
    await server.close();
  }
});

test("a tail ends at its deadline, its last pause cut to it, and quietly when its signal fires", async () => {
  const server = await serve(() => ({ json: { lines: [], next_cursor: "", has_more: false } }));
  try {
    const { sdk, clock } = client(server);
    const got: LogLine[] = [];
    for await (const item of sdk.deployments.followLogs(APP, {}, { tailTimeoutMs: 5000, intervalMs: 2000 })) {
      got.push(item);
    }
    assert.equal(got.length, 0);
    assert.deepEqual(clock.sleeps, [2000, 2000, 1000]);
    assert.equal(server.seen.length, 3);

    const controller = new AbortController();
    const aborting = client(server, {
      sleep: async () => {
        controller.abort();
        throw new APIUserAbortError("aborted while waiting");
      },
    }).sdk;
    for await (const item of aborting.deployments.followLogs(APP, {}, { signal: controller.signal })) {
      got.push(item);
    }
    assert.equal(server.seen.length, 4);
  } finally {
    await server.close();
  }
});
