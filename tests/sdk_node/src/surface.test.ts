// The seed's surface: every operation by its operationId method, by request(), and by its
// resource-model alias; arguments refused before sending; typed results from real JSON.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  type DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams,
  extraField,
  AxHub,
  DeploymentStatus,
  InvalidArgumentError,
  OPERATIONS,
  type Deployment,
  type Operation,
  type ParamStyle,
  type EmptyResult,
  type GitConnectionStatus,
  type RedirectResult,
} from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

const SEED_METHODS = [
  "deployGetApiV1AppsByAppIDDeployments",
  "deployPostApiV1AppsByAppIDDeployments",
  "deployGetApiV1AppsByAppIDDeploymentsByDid",
  "deployPostApiV1AppsByAppIDDeploymentsByDidCancel",
  "deployPostApiV1AppsByAppIDDeploymentsByDidRollback",
  "deployGetApiV1AppsByAppIDDiagnosis",
  "deployDeleteApiV1AppsByAppIDGitConnection",
  "deployGetApiV1AppsByAppIDGitConnection",
  "deployPatchApiV1AppsByAppIDGitConnection",
  "deployPostApiV1AppsByAppIDGitConnection",
  "deployPostApiV1AppsByAppIDGitGithubConnect",
  "deployGetApiV1AppsByAppIDGitGithubInstallStart",
  "deployGetApiV1AppsByAppIDLogs",
  "deployPostApiV1AppsByAppIDPromotionsByRequestIDRetry",
  "deployGetApiV1AppsByAppIDReleases",
  "deployGetApiV1AppsByAppIDReleasesPromotePreflight",
  "deployDeleteApiV1AppsByAppIDStaging",
  "deployPutApiV1AppsByAppIDStaging",
  "deployPostApiV1GitGithubComplete",
  "deployGetApiV1GithubAccounts",
  "deployGetApiV1GithubInstallationsByInstallationIDRepositories",
  "deployPostApiV1TenantsByTenantIDAppBootstraps",
  "deployGetApiV1TenantsByTenantIDAppBootstrapsByBootstrapID",
  "deployGetApiV1TenantsByTenantIDDeployments",
];

test("every operation is a method named by its operationId on sdk.deployments", () => {
  const sdk = new AxHub({ token: "t" });
  assert.deepEqual(Object.keys(OPERATIONS).sort(), [...SEED_METHODS].sort());
  for (const name of SEED_METHODS) {
    assert.equal(typeof (sdk.deployments as unknown as Record<string, unknown>)[name], "function", name);
  }
  assert.equal(sdk.baseUrl, "https://api.axhub.ai");
});

test("resource methods (x-sdkgen-method) call the same operation", async () => {
  const server = await serve(() => ({ json: { app_id: APP, applicable: true, healthy: true, services: [] } }));
  try {
    const { sdk } = client(server);
    const direct = await sdk.deployments.deployGetApiV1AppsByAppIDDiagnosis({ appID: APP });
    const alias = await sdk.deployments.lifecycle.diagnosis(APP);
    assert.deepEqual(alias, direct);
    await sdk.apps.git.connectGithub(APP, { installation_id: 1, repo_full_name: "o/r" });
    await sdk.deployments.logs(APP);
    assert.deepEqual(
      server.seen.map((r) => `${r.method} ${r.path}`),
      [
        `GET /api/v1/apps/${APP}/diagnosis`,
        `GET /api/v1/apps/${APP}/diagnosis`,
        `POST /api/v1/apps/${APP}/git/github/connect`,
        `GET /api/v1/apps/${APP}/logs`,
      ],
    );
    assert.equal(typeof sdk.apps.git.installStart, "function");
    assert.equal(typeof sdk.deployments.bootstraps.create, "function");
    assert.equal(typeof sdk.deployments.github.repositories, "function");
  } finally {
    await server.close();
  }
});

test("request() dispatches by operationId with pathParams, query (as strings) and body", async () => {
  const server = await serve(() => ({ status: 202, json: deployment() }));
  try {
    const { sdk } = client(server);
    const created = await sdk.request(
      "deployPostApiV1AppsByAppIDDeployments",
      { appID: APP },
      {},
      { force_rebuild: true, commit_sha: "b".repeat(40) },
    );
    assert.equal(created.id, DID);
    await sdk.request("deployGetApiV1AppsByAppIDDeployments", { appID: APP }, { limit: 5, offset: 10 });
    const [post, list] = server.seen;
    assert.equal(post?.headers["content-type"], "application/json");
    assert.deepEqual(JSON.parse(post?.body ?? ""), { force_rebuild: true, commit_sha: "b".repeat(40) });
    assert.equal(list?.query.get("limit"), "5");
    assert.equal(list?.query.get("offset"), "10");
    // A dynamic operationId (e.g. from a contract scenario) goes through requestUnchecked().
    const id: string = "deployGetApiV1AppsByAppIDDeploymentsByDid";
    const fetched = await sdk.requestUnchecked(id, { appID: APP, did: DID });
    assert.equal(server.seen[2]?.path, `/api/v1/apps/${APP}/deployments/${DID}`);
    assert.equal((fetched as { id: string }).id, DID);
  } finally {
    await server.close();
  }
});

test("request() compiles only for known operationIds with their required path parameters", async () => {
  const server = await serve(() => ({ status: 200, json: deployment() }));
  try {
    const { sdk } = client(server);
    const id: string = "deployGetApiV1AppsByAppIDDeploymentsByDid";
    const rejected = async (call: () => Promise<unknown>): Promise<unknown> =>
      call().then(
        () => assert.fail("the call went through"),
        (e: unknown) => e,
      );
    // @ts-expect-error a misspelt operationId does not compile
    let error = await rejected(() => sdk.request("deployGetApiV1AppsByAppIDDeploymentByDid", { appID: APP, did: DID }));
    assert.ok(error instanceof InvalidArgumentError, String(error));
    // @ts-expect-error a string that is not a known operationId does not compile either
    await sdk.request(id, { appID: APP, did: DID }); // (at run time this id is known, so it is sent)
    // @ts-expect-error the path parameters are required when the operation has some
    error = await rejected(() => sdk.request("deployGetApiV1AppsByAppIDDeploymentsByDid"));
    assert.ok(error instanceof InvalidArgumentError, String(error));
    // @ts-expect-error a path parameter is missing
    error = await rejected(() => sdk.request("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP }));
    assert.ok(error instanceof InvalidArgumentError, String(error));
    // @ts-expect-error the result is typed: it has no `itemz`
    const typo = (await sdk.request("deployGetApiV1AppsByAppIDDeployments", { appID: APP })).itemz;
    assert.equal(typo, undefined);
    // requestUnchecked() takes any string, checks at run time, and gives `unknown`
    error = await rejected(() => sdk.requestUnchecked("noSuchOperation"));
    assert.ok(error instanceof InvalidArgumentError, String(error));
    assert.equal(server.seen.length, 2, "only the calls with a known id and its path parameters were sent");
  } finally {
    await server.close();
  }
});

test("bad arguments are refused before anything is sent, naming what and where", async () => {
  const server = await serve(() => ({ json: {} }));
  try {
    const { sdk } = client(server);
    // (from TypeScript these do not compile through request(); the run-time check is requestUnchecked()'s and plain JavaScript's)
    await assert.rejects(sdk.requestUnchecked("deployGetApiV1AppsByAppIDDeploymentz", { appID: APP }), (error: unknown) => {
      assert.ok(error instanceof InvalidArgumentError);
      assert.match(error.message, /unknown operationId "deployGetApiV1AppsByAppIDDeploymentz"/);
      assert.match(error.message, /did you mean "deployGetApiV1AppsByAppIDDeployments"/);
      return true;
    });
    await assert.rejects(
      sdk.requestUnchecked("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP }),
      /deployGetApiV1AppsByAppIDDeploymentsByDid: path parameter "did" is required/,
    );
    await assert.rejects(
      sdk.deployments.get(APP, ""),
      (error: unknown) => error instanceof InvalidArgumentError && /"did"/.test(error.message),
    );
    await assert.rejects(
      sdk.deployments.deployPatchApiV1AppsByAppIDGitConnection({ appID: APP }, undefined, undefined as never),
      /a request body is required/,
    );
    assert.equal(server.seen.length, 0);
  } finally {
    await server.close();
  }
});

test("path segments are encoded one by one", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    await sdk.deployments.get("a/b c", "x?y#z");
    assert.equal(server.seen[0]?.path, "/api/v1/apps/a%2Fb%20c/deployments/x%3Fy%23z");
    await assert.rejects(sdk.deployments.get(APP, ".."), /path parameter "did" must not be "\.\."/);
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});

test("204 and an empty 202 give {}", async () => {
  const server = await serve([{ status: 204 }, { status: 202 }]);
  try {
    const { sdk } = client(server);
    const cancelled: EmptyResult = await sdk.deployments.cancel(APP, DID);
    assert.deepEqual(cancelled, {});
    const enabled = await sdk.deployments.enableStaging(APP);
    assert.deepEqual(enabled, {});
  } finally {
    await server.close();
  }
});

test("a 302 is not followed: {status, location}", async () => {
  const location = "https://github.com/apps/axhub/installations/new?state=abc";
  const server = await serve([{ status: 302, headers: { location } }, { json: { never: "followed" } }]);
  try {
    const { sdk } = client(server);
    const result: RedirectResult = await sdk.apps.git.installStart(APP);
    assert.deepEqual(result, { status: 302, location });
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});

test("typed results: unknown fields and enum values kept; absent, null and a value stay apart", async () => {
  const body = deployment({ status: "hibernating", brand_new_field: { nested: [1, 2] }, completed_at: null });
  delete body["current_stage"];
  const server = await serve([{ json: body }, { json: { connected: false } }]);
  try {
    const { sdk } = client(server);
    const d: Deployment = await sdk.deployments.get(APP, DID);
    assert.equal(d.status, "hibernating"); // an enum value this version does not know
    assert.notEqual(d.status, DeploymentStatus.Succeeded);
    assert.deepEqual(extraField(d, "brand_new_field"), { nested: [1, 2] }); // a field the SDK does not know
    assert.equal(extraField(d, "not_sent"), undefined);
    // @ts-expect-error unknown fields are not properties of the type (a typo does not compile)
    assert.equal(d.statuz, undefined);
    // @ts-expect-error a known field is read directly, not through extraField()
    extraField(d, "status");
    const path: DeployGetApiV1AppsByAppIDDeploymentsByDidPathParams = { appID: APP, did: DID };
    // @ts-expect-error a closed type (no additionalProperties) has no extra fields to read
    extraField(path, "other");
    assert.equal(d.completed_at, null); // null
    assert.equal("current_stage" in d, false); // absent
    assert.equal(d.trigger_source, "manual"); // a value
    const status: GitConnectionStatus = await sdk.apps.git.get(APP);
    if (status.connected) {
      assert.fail("connected is false");
    } else {
      assert.equal(status.install_url, undefined);
    }
    // Compile-time: enums accept values the SDK does not know, and still narrow known ones.
    const later: DeploymentStatus = "some_future_status";
    assert.equal(later, "some_future_status");
  } finally {
    await server.close();
  }
});

test("withOptions gives a copy whose resources call through the copy", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    const other = sdk.withOptions({ token: "tok_other", headers: { "X-Extra": "1" } });
    await other.deployments.get(APP, DID);
    await sdk.deployments.get(APP, DID);
    assert.equal(server.seen[0]?.headers.authorization, "Bearer tok_other");
    assert.equal(server.seen[0]?.headers["x-extra"], "1");
    assert.equal(server.seen[1]?.headers.authorization, "Bearer tok_test");
    assert.equal(server.seen[1]?.headers["x-extra"], undefined);
  } finally {
    await server.close();
  }
});

test("a setting, call option, optional parameter or body field given as undefined counts as not given", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server);
    // What `token: process.env.X` gives when X is unset; allowed under exactOptionalPropertyTypes.
    const unset = process.env["SDKGEN_TEST_SURELY_UNSET"];
    const copy = sdk.withOptions({ token: unset, baseUrl: unset, maxRetries: undefined });
    assert.equal(copy.baseUrl, sdk.baseUrl);
    assert.equal(Object.hasOwn(copy.options, "maxRetries"), false);
    await copy.request("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP, did: DID }, null, null, {
      timeoutMs: undefined,
      signal: undefined,
      headers: undefined,
    });
    await copy.deployments.deployGetApiV1AppsByAppIDDeployments({ appID: APP }, { limit: undefined, offset: 5 });
    assert.equal(server.seen[0]?.headers.authorization, "Bearer tok_test");
    assert.equal(server.seen[1]?.query.has("limit"), false);
    assert.equal(server.seen[1]?.query.get("offset"), "5");
    // A body field given as undefined is left out of the JSON.
    await copy.deployments.deployPostApiV1AppsByAppIDDeployments({ appID: APP }, null, {
      commit_sha: unset,
      force_rebuild: true,
    });
    assert.deepEqual(JSON.parse(server.seen[2]?.body ?? ""), { force_rebuild: true });
    const fresh = new AxHub({ baseUrl: server.url, token: unset, tenantId: undefined });
    assert.deepEqual(Object.keys(fresh.options), ["baseUrl"]);
  } finally {
    await server.close();
  }
});

test("rawRequest gives status, headers and the body bytes", async () => {
  const server = await serve(() => ({ status: 200, headers: { "x-request-id": "req-1" }, json: deployment() }));
  try {
    const { sdk } = client(server);
    const raw = await sdk.rawRequest("deployGetApiV1AppsByAppIDDeploymentsByDid", { appID: APP, did: DID });
    assert.equal(raw.status, 200);
    assert.equal(raw.headers.get("x-request-id"), "req-1");
    assert.ok(raw.body instanceof Uint8Array);
    assert.equal((raw.json() as Deployment).id, DID);
    assert.equal((raw.parsed() as Deployment).id, DID);
  } finally {
    await server.close();
  }
});

// OpenAPI 3.1's path style examples (color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}),
// sent through a real request to the local server, which sees the path as it went on the wire.
const COLOR_ARRAY = ["blue", "black", "brown"];
const COLOR_OBJECT = { R: 100, G: 200, B: 150 };
const PATH_STYLE_TABLE: [ParamStyle, boolean, unknown, string][] = [
  ["simple", false, "blue", "blue"],
  ["simple", false, COLOR_ARRAY, "blue,black,brown"],
  ["simple", false, COLOR_OBJECT, "R,100,G,200,B,150"],
  ["simple", true, "blue", "blue"],
  ["simple", true, COLOR_ARRAY, "blue,black,brown"],
  ["simple", true, COLOR_OBJECT, "R=100,G=200,B=150"],
  ["label", false, "blue", ".blue"],
  ["label", false, COLOR_ARRAY, ".blue,black,brown"],
  ["label", false, COLOR_OBJECT, ".R,100,G,200,B,150"],
  ["label", true, "blue", ".blue"],
  ["label", true, COLOR_ARRAY, ".blue.black.brown"],
  ["label", true, COLOR_OBJECT, ".R=100.G=200.B=150"],
  ["matrix", false, "blue", ";color=blue"],
  ["matrix", false, COLOR_ARRAY, ";color=blue,black,brown"],
  ["matrix", false, COLOR_OBJECT, ";color=R,100,G,200,B,150"],
  ["matrix", true, "blue", ";color=blue"],
  ["matrix", true, COLOR_ARRAY, ";color=blue;color=black;color=brown"],
  ["matrix", true, COLOR_OBJECT, ";R=100;G=200;B=150"],
  // Reserved characters in names, keys and values are percent-encoded one by one.
  ["label", true, ["a,b;c", "x/y.z"], ".a%2Cb%3Bc.x%2Fy.z"],
  ["matrix", true, ["a,b;c", "x/y.z"], ";color=a%2Cb%3Bc;color=x%2Fy.z"],
  ["matrix", false, { "k=1": "v&2" }, ";color=k%3D1,v%262"],
  ["matrix", true, { "k=1": "v&2" }, ";k%3D1=v%262"],
  ["label", false, { "k=1": "v&2" }, ".k%3D1,v%262"],
];

function styled(style: ParamStyle, explode: boolean): Operation {
  return {
    operationId: "paint",
    method: "GET",
    path: "/paint/{color}/now",
    params: [{ name: "color", location: "path", required: true, style, explode }],
    responses: { "204": "empty" },
  };
}

test("path parameters follow OpenAPI's style table (simple, label, matrix; exploded or not)", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = client(server);
    for (const [style, explode, value, expected] of PATH_STYLE_TABLE) {
      await sdk.call(styled(style, explode), { color: value });
      assert.equal(server.seen.at(-1)?.path, `/paint/${expected}/now`, `${style} explode=${String(explode)}`);
    }
    for (const style of ["label", "matrix"] as const) {
      for (const empty of ["", [], {}, null]) {
        await assert.rejects(sdk.call(styled(style, true), { color: empty }), /"color" is required/);
      }
    }
    assert.equal(server.seen.length, PATH_STYLE_TABLE.length);
  } finally {
    await server.close();
  }
});

test("a path template is filled left to right however its placeholders sit, on every call", async () => {
  const server = await serve(() => ({ status: 204 }));
  try {
    const { sdk } = client(server);
    const op: Operation = {
      operationId: "packed",
      method: "GET",
      path: "/{a}{b}/x.{c}",
      params: ["a", "b", "c"].map((name) => ({ name, location: "path" as const, required: true })),
      responses: { "204": "empty" },
    };
    await sdk.call(op, { a: "1", b: "two/2", c: "ü" });
    await sdk.call(op, { a: "3", b: "4", c: "5" });
    assert.deepEqual(server.seen.map((seen) => seen.path), ["/1two%2F2/x.%C3%BC", "/34/x.5"]);
    // The first missing one, left to right, is named; nothing is sent.
    await assert.rejects(sdk.call(op, { c: "5" }), /path parameter "a" is required/);
    await assert.rejects(sdk.call(op, { a: "1", c: "5" }), /path parameter "b" is required/);
    assert.equal(server.seen.length, 2);
  } finally {
    await server.close();
  }
});
