// Pagination (offset, cursor, page), the log tail and the waiters.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  InvalidArgumentError,
  NotFoundError,
  WaiterTimeoutError,
  type Deployment,
  type GithubRepository,
  type LogLine,
  type Operation,
  type ServerSentEvent,
} from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

function line(n: number): Record<string, unknown> {
  return { timestamp: `2025-01-01T00:00:0${n}Z`, stream: "stdout", message: `line ${n}` };
}

test("offset pagination: limit/offset with items/total", async () => {
  const all = Array.from({ length: 5 }, (_, i) => deployment({ id: `d${i}` }));
  const server = await serve((request) => {
    const offset = Number(request.query.get("offset") ?? 0);
    const limit = Number(request.query.get("limit") ?? 20);
    return { json: { items: all.slice(offset, offset + limit), next_cursor: "", total: all.length } };
  });
  try {
    const { sdk } = client(server);
    const ids: string[] = [];
    for await (const item of sdk.deployments.iterDeployGetApiV1AppsByAppIDDeployments({ appID: APP }, { limit: 2 })) {
      const d: Deployment = item;
      ids.push(d.id);
    }
    assert.deepEqual(ids, ["d0", "d1", "d2", "d3", "d4"]);
    assert.deepEqual(
      server.seen.map((r) => r.query.get("offset")),
      [null, "2", "4"],
    );
    const generic: unknown[] = [];
    for await (const item of sdk.iterate("deployGetApiV1AppsByAppIDReleases", { appID: APP }, { limit: 10 })) {
      generic.push(item);
    }
    assert.equal(generic.length, 5);
  } finally {
    await server.close();
  }
});

test("cursor pagination: next_cursor until it is empty (and has_more)", async () => {
  const pages: Record<string, unknown> = {
    "": { lines: [line(1), line(2)], next_cursor: "c1", has_more: true },
    c1: { lines: [line(3)], next_cursor: "c2", has_more: true },
    c2: { lines: [], next_cursor: "", has_more: false },
  };
  const server = await serve((request) => ({ json: pages[request.query.get("cursor") ?? ""] }));
  try {
    const { sdk } = client(server);
    const messages: string[] = [];
    for await (const item of sdk.deployments.iterDeployGetApiV1AppsByAppIDLogs({ appID: APP })) {
      const l: LogLine = item;
      messages.push(l.message);
    }
    assert.deepEqual(messages, ["line 1", "line 2", "line 3"]);
    assert.deepEqual(
      server.seen.map((r) => r.query.get("cursor")),
      [null, "c1", "c2"],
    );
  } finally {
    await server.close();
  }
});

test("page pagination: page/per_page until a short page or the total", async () => {
  const repos = Array.from({ length: 5 }, (_, i) => ({ id: i, full_name: `o/r${i}`, private: false }));
  const server = await serve((request) => {
    const page = Number(request.query.get("page") ?? 1);
    const perPage = Number(request.query.get("per_page") ?? 30);
    return { json: { repositories: repos.slice((page - 1) * perPage, page * perPage), total_count: repos.length } };
  });
  try {
    const { sdk } = client(server);
    const names: string[] = [];
    const iterator = sdk.deployments.iterDeployGetApiV1GithubInstallationsByInstallationIDRepositories(
      { installationID: 42 },
      { per_page: 2 },
    );
    for await (const repo of iterator) {
      const r: GithubRepository = repo;
      names.push(String(r["full_name"]));
    }
    assert.deepEqual(names, ["o/r0", "o/r1", "o/r2", "o/r3", "o/r4"]);
    assert.deepEqual(
      server.seen.map((r) => r.query.get("page")),
      [null, "2", "3"],
    );
    assert.equal(server.seen[0]?.path, "/api/v1/github/installations/42/repositories");
  } finally {
    await server.close();
  }
  const { sdk } = client({ url: "http://127.0.0.1:9", seen: [], close: async () => undefined });
  assert.throws(() => sdk.iterate("deployGetApiV1AppsByAppIDDiagnosis", { appID: APP }), InvalidArgumentError);
});

test("tail: direction=forward, then the previous next_cursor; at once while has_more, else every 2 s", async () => {
  const server = await serve((_request, index) => {
    const replies = [
      { lines: [line(1), line(2)], next_cursor: "w1", has_more: true },
      { lines: [line(3)], next_cursor: "w2", has_more: false },
      { lines: [], next_cursor: "", has_more: false },
      { lines: [line(4)], next_cursor: "w3", has_more: false },
    ];
    return { json: replies[Math.min(index, replies.length - 1)] };
  });
  try {
    const { sdk, clock } = client(server);
    const messages: string[] = [];
    for await (const item of sdk.deployments.tailLogs({ appID: APP }, { limit: 100 }, { maxPolls: 4 })) {
      messages.push(item.message);
    }
    assert.deepEqual(messages, ["line 1", "line 2", "line 3", "line 4"]);
    assert.deepEqual(
      server.seen.map((r) => [r.query.get("direction"), r.query.get("cursor")]),
      [
        ["forward", null],
        ["forward", "w1"],
        ["forward", "w2"],
        ["forward", "w2"], // an empty cursor keeps the watermark
      ],
    );
    assert.deepEqual(clock.sleeps, [2000, 2000]); // none after the has_more page, none after the last poll
  } finally {
    await server.close();
  }
});

test("tail stops quietly when its signal fires, or when the loop breaks", async () => {
  const server = await serve(() => ({ json: { lines: [line(1)], next_cursor: "w", has_more: false } }));
  try {
    const controller = new AbortController();
    const { sdk } = client(server, {
      sleep: async () => {
        controller.abort();
      },
    });
    const seen: string[] = [];
    for await (const item of sdk.deployments.tailLogs({ appID: APP }, undefined, { signal: controller.signal })) {
      seen.push(item.message);
    }
    assert.deepEqual(seen, ["line 1"]);
    let count = 0;
    for await (const _ of client(server).sdk.tail("deployGetApiV1AppsByAppIDLogs", { appID: APP })) {
      count += 1;
      if (count === 3) {
        break;
      }
    }
    assert.equal(count, 3);
  } finally {
    await server.close();
  }
});

test("deployment waiter: polls until succeeded/failed/cancelled", async () => {
  const states = ["pending", "building", "deploying", "succeeded"];
  const server = await serve((_request, index) => ({
    json: deployment({ status: states[Math.min(index, states.length - 1)] }),
  }));
  try {
    const { sdk, clock } = client(server);
    const done = await sdk.deployments.waitForDeployment({ appID: APP, did: DID }, undefined, { intervalMs: 1000 });
    assert.equal(done.status, "succeeded");
    assert.equal(server.seen.length, 4);
    assert.deepEqual(clock.sleeps, [1000, 1000, 1000]);
    const generic = await sdk.wait<Deployment>("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP, did: DID });
    assert.equal(generic.status, "succeeded");
  } finally {
    await server.close();
  }
});

test("bootstrap waiter: polls until done/failed; gives up after its timeout", async () => {
  const server = await serve((_request, index) => ({
    json: { id: "b1", status: index < 2 ? "running" : "failed", stage: "repo", error_code: "repo_exists" },
  }));
  try {
    const { sdk } = client(server);
    const finished = await sdk.deployments.waitForBootstrap({ tenantID: "t1", bootstrapID: "b1" });
    assert.equal(finished.status, "failed");
    assert.equal(finished.error_code, "repo_exists");
  } finally {
    await server.close();
  }
  const stuck = await serve(() => ({ json: { id: "b2", status: "running", stage: "push" } }));
  try {
    const { sdk, clock } = client(stuck);
    const error = await sdk.deployments
      .waitForBootstrap({ tenantID: "t1", bootstrapID: "b2" }, undefined, { waitTimeoutMs: 5000, intervalMs: 2000 })
      .catch((e: unknown) => e);
    assert.ok(error instanceof WaiterTimeoutError);
    assert.equal(error.value, "running");
    assert.deepEqual(clock.sleeps, [2000, 2000, 1000]);
    assert.match(error.message, /status is still "running" after 5000 ms \(waiting for done, failed\)/);
  } finally {
    await stuck.close();
  }
});

test("server-sent events: parsed as they arrive, retried until the stream starts, errors thrown", async () => {
  const events: Operation = {
    operationId: "streamEvents",
    method: "GET",
    path: "/events/{topic}",
    params: [{ name: "topic", location: "path", required: true }],
    responses: { "200": "sse" },
  };
  const stream = ": keep-alive\r\nevent: deploy\r\ndata: {\"n\":1}\r\nid: 7\r\n\r\ndata: two\ndata: lines\nretry: 3000\n\ndata: unterminated";
  const server = await serve([
    { status: 503 },
    { headers: { "content-type": "text/event-stream" }, text: stream },
    { status: 404, json: { code: "not_found", message: "no topic" } },
  ]);
  try {
    const { sdk, clock } = client(server);
    const seen: ServerSentEvent[] = [];
    for await (const event of sdk.stream(events, { topic: "builds" })) {
      seen.push(event);
    }
    assert.deepEqual(seen, [
      { event: "deploy", data: '{"n":1}', id: "7", retry: undefined },
      { event: "message", data: "two\nlines", id: "7", retry: 3000 },
      // The stream ended inside an event: it is dispatched all the same (as every SDK does).
      { event: "message", data: "unterminated", id: "7", retry: 3000 },
    ]);
    assert.deepEqual(clock.sleeps, [250]);
    assert.equal(server.seen[1]?.headers.accept, "text/event-stream");
    assert.equal(server.seen[1]?.path, "/events/builds");
    await assert.rejects(async () => {
      for await (const _event of sdk.stream(events, { topic: "gone" })) {
        assert.fail("no event expected");
      }
    }, NotFoundError);
  } finally {
    await server.close();
  }
});
