// The resource methods (x-sdkgen-method names): path values positional in path order, one params
// object for query, header and body fields, list methods paging on their own; misuse is refused
// with InvalidArgumentError before anything is sent, and wrong types do not compile.

import assert from "node:assert/strict";
import { test } from "node:test";

import { type Deployment, InvalidArgumentError } from "@axhub/sdk";

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
