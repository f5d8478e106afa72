// The resource methods (x-sdkgen-method names): path values positional in path order, one params
// object for query, header and body fields, list methods paging on their own; misuse is refused
// with InvalidArgumentError before anything is sent, and wrong types do not compile.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIPromise,
  APIStatusError,
  type Deployment,
  type DeploymentPage,
  InvalidArgumentError,
  type Page,
  PagePromise,
  RawResponse,
  SDKError,
} from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

test("a list method pages through every item with its params", async () => {
  const pages = [
    { json: { items: [deployment({ id: "d1" }), deployment({ id: "d2" })], total: 3 } },
    { json: { items: [deployment({ id: "d3" })], total: 3 } },
  ];
  const server = await serve(pages);
  try {
    const { sdk } = client(server);
    const ids: string[] = [];
    for await (const d of sdk.deployments.list(APP, { limit: 2 })) {
      const typed: Deployment = d;
      ids.push(typed.id);
    }
    assert.deepEqual(ids, ["d1", "d2", "d3"]);
    assert.deepEqual(
      server.seen.map((r) => `${r.path}?${r.query.toString()}`),
      [`/api/v1/apps/${APP}/deployments?limit=2`, `/api/v1/apps/${APP}/deployments?limit=2&offset=2`],
    );
  } finally {
    await server.close();
  }
});

test("awaiting a list method gives its first page, which fetches the next on demand", async () => {
  const server = await serve((request) =>
    request.query.get("offset") === "2"
      ? { json: { items: [deployment({ id: "d3" })], total: 3 } }
      : { json: { items: [deployment({ id: "d1" }), deployment({ id: "d2" })], total: 3 }, headers: { "x-request-id": "r1" } },
  );
  try {
    const { sdk } = client(server);
    const listing = sdk.deployments.list(APP, { limit: 2 });
    assert.ok(listing instanceof PagePromise);
    assert.equal(server.seen.length, 0); // nothing is sent before it is awaited or iterated
    const first: Page<Deployment, DeploymentPage> = await listing;
    assert.deepEqual(first.data.map((d) => d.id), ["d1", "d2"]);
    assert.equal(first.body.total, 3);
    assert.equal(first.requestId, "r1");
    assert.equal(first.response.status, 200);
    assert.equal(first.hasNextPage(), true);
    assert.equal(await listing, first); // asked once
    const second = await first.getNextPage();
    assert.deepEqual(second.data.map((d) => d.id), ["d3"]);
    assert.equal(second.hasNextPage(), false);
    await assert.rejects(second.getNextPage(), (e: unknown) => e instanceof SDKError && /no next page/.test(e.message));
    assert.equal(server.seen.length, 2);

    // Iterating a page goes on from it over every later page; iterPages() gives the pages.
    const fromFirst: string[] = [];
    for await (const d of first) {
      fromFirst.push(d.id);
    }
    assert.deepEqual(fromFirst, ["d1", "d2", "d3"]);
    const sizes: number[] = [];
    for await (const page of sdk.deployments.list(APP, { limit: 2 }).iterPages()) {
      sizes.push(page.data.length);
    }
    assert.deepEqual(sizes, [2, 1]);
    assert.equal(server.seen.length, 5);
  } finally {
    await server.close();
  }
});

test("a list's first page fails as the call does; a loop stops fetching when it breaks", async () => {
  const server = await serve((_request, index) =>
    index === 0 ? { status: 404, json: { code: "not_found", message: "no app" } } : { json: { items: [deployment()], total: 9 } },
  );
  try {
    const { sdk } = client(server);
    await assert.rejects(sdk.deployments.list(APP, { limit: 1 }), (e: unknown) => e instanceof APIStatusError && e.status === 404);
    for await (const d of sdk.deployments.list(APP, { limit: 1 })) {
      assert.equal(d.id, DID);
      break;
    }
    assert.equal(server.seen.length, 2);
  } finally {
    await server.close();
  }
});

test("body fields and header parameters share one params object", async () => {
  const server = await serve(() => ({ status: 202, json: deployment() }));
  try {
    const { sdk } = client(server);
    const started = await sdk.deployments.trigger(APP, { force_rebuild: true, "Idempotency-Key": "key-1" });
    assert.equal(started.id, DID);
    const [request] = server.seen;
    assert.ok(request !== undefined);
    assert.equal(request.path, `/api/v1/apps/${APP}/deployments`);
    assert.deepEqual(JSON.parse(request.body), { force_rebuild: true });
    assert.equal(request.headers["idempotency-key"], "key-1");
    await sdk.deployments.get(APP, DID);
    assert.equal(server.seen[1]?.path, `/api/v1/apps/${APP}/deployments/${DID}`);
  } finally {
    await server.close();
  }
});

test("the resource method and the seed method send the same request", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    const friendly = await sdk.deployments.get(APP, DID);
    const seed = await sdk.deployments.deployGetApiV1AppsByAppIDDeploymentsByDid({ appID: APP, did: DID });
    assert.deepEqual(friendly, seed);
    const [a, b] = server.seen;
    assert.ok(a !== undefined && b !== undefined);
    assert.equal(a.path, b.path);
    assert.equal(a.method, b.method);
  } finally {
    await server.close();
  }
});

type Loose = (...args: unknown[]) => Promise<unknown>;

test("misuse from untyped code is refused before sending", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    const get = sdk.deployments.get.bind(sdk.deployments) as unknown as Loose;
    await assert.rejects(get(APP), (e: unknown) =>
      e instanceof InvalidArgumentError && /path argument "did" must be a string or number \(got undefined\)/.test(e.message));
    await assert.rejects(get(APP, { did: DID }), (e: unknown) =>
      e instanceof InvalidArgumentError && /path argument "did" must be a string or number \(got object\)/.test(e.message));
    const invoke = sdk.invoke.bind(sdk) as unknown as Loose;
    await assert.rejects(invoke("deployGetApiV1AppsByAppIDDeploymentsByDid", [APP]), (e: unknown) =>
      e instanceof InvalidArgumentError && /takes 2 path argument\(s\) \(appID, did\), got 1/.test(e.message));
    const trigger = sdk.deployments.trigger.bind(sdk.deployments) as unknown as Loose;
    await assert.rejects(trigger(APP, "force"), (e: unknown) =>
      e instanceof InvalidArgumentError && /params argument must be an object \(got string\)/.test(e.message));
    const list = sdk.deployments.list.bind(sdk.deployments) as unknown as (...args: unknown[]) => unknown;
    assert.throws(() => list(APP, { limt: 2 }), (e: unknown) =>
      e instanceof InvalidArgumentError && /unknown parameter "limt" \(it takes "limit", "offset"\)/.test(e.message));
    assert.equal(server.seen.length, 0);
  } finally {
    await server.close();
  }
});

test("wrong types do not compile", () => {
  const sdk = null as unknown as import("@axhub/sdk").AxHub;
  const never = (): void => {
    // @ts-expect-error the app ID is a string
    void sdk.deployments.get(42n, DID);
    // @ts-expect-error limit is a number
    void sdk.deployments.list(APP, { limit: "ten" });
    // @ts-expect-error a misspelt parameter
    void sdk.deployments.list(APP, { limt: 2 });
    // @ts-expect-error a misspelt body field (the params object is closed)
    void sdk.deployments.trigger(APP, { forse_rebuild: true });
    // @ts-expect-error force_rebuild is a boolean
    void sdk.deployments.trigger(APP, { force_rebuild: "yes" });
    // @ts-expect-error get takes no params object
    void sdk.deployments.get(APP, DID, { limit: 2 }, {});
  };
  assert.equal(typeof never, "function");
});

test("an awaited result carries the request ID as a non-enumerable _requestId", async () => {
  const server = await serve([
    { json: deployment(), headers: { "x-request-id": "req_a" } },
    { status: 204, headers: { "x-request-id": "req_b" } },
    { json: deployment(), headers: { "x-request-id": "req_c" } },
    { json: deployment() },
  ]);
  try {
    const { sdk } = client(server);
    const got = await sdk.deployments.get(APP, DID);
    assert.equal(got._requestId, "req_a");
    assert.ok(!Object.keys(got).includes("_requestId"));
    assert.ok(!JSON.stringify(got).includes("req_a"));
    assert.deepEqual({ ...got }, deployment()); // spreads and deep equality see the body only
    const cancelled = await sdk.deployments.cancel(APP, DID);
    assert.equal((cancelled as { _requestId?: string })._requestId, "req_b");
    assert.deepEqual(cancelled, {});
    const seed = await sdk.request("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP, did: DID });
    assert.equal((seed as { _requestId?: string })._requestId, "req_c"); // the seed surface too, untyped
    const without = await sdk.deployments.get(APP, DID);
    assert.equal(without._requestId, undefined);
    assert.ok(!Object.hasOwn(without, "_requestId"));
  } finally {
    await server.close();
  }
});

test("a resource method's promise gives the response too: withResponse() and asResponse()", async () => {
  const server = await serve([
    { json: deployment(), headers: { "x-request-id": "req_1" } },
    { json: deployment(), headers: { "x-request-id": "req_2" } },
    { status: 404, json: { statusCode: 404, code: "not_found", message: "gone" }, headers: { "x-request-id": "req_3" } },
    { status: 404, json: { statusCode: 404, code: "not_found", message: "gone" } },
  ]);
  try {
    const { sdk } = client(server);
    const pending = sdk.deployments.get(APP, DID);
    assert.ok(pending instanceof APIPromise);
    const { data, response, requestId } = await pending.withResponse();
    const typed: Deployment = data;
    assert.equal(typed.id, DID);
    assert.equal(requestId, "req_1");
    assert.ok(response instanceof RawResponse);
    assert.equal(response.status, 200);
    assert.equal(await pending, data, "awaiting the same promise again decodes nothing new and sends nothing");

    const raw = await sdk.deployments.get(APP, DID).asResponse();
    assert.equal(raw.requestId, "req_2");
    assert.equal((raw.json() as { id: string }).id, DID);

    // A status error rejects withResponse() (with its request ID); asResponse() gives the response.
    const failed = await sdk.deployments.get(APP, DID).withResponse().then(
      () => assert.fail("the call went through"),
      (e: unknown) => e,
    );
    assert.ok(failed instanceof APIStatusError);
    assert.equal(failed.requestId, "req_3");
    const notFound = await sdk.deployments.get(APP, DID).asResponse();
    assert.equal(notFound.status, 404);
    assert.equal(server.seen.length, 4);
  } finally {
    await server.close();
  }
});
