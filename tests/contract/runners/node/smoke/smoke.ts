// Smoke test of the Node SDK's resource methods against the live reference server, as a user writes them.
//
// Configured from the environment (AXHUB_BASE_URL, AXHUB_TOKEN), trigger a deployment of shop,
// wait until it succeeded, read its logs (every page, then tailed), roll production back to
// it, cancel a second one, read the error of a call that is not allowed, and see a closed
// client refuse calls. The seed's operationId methods are driven by the contract scenarios.
// The server must be fresh (POST /_admin/reset first).
//
//   node dist/smoke/smoke.js --base-url http://127.0.0.1:8080

import assert from "node:assert/strict";

import {
  AxHub,
  ClientClosedError,
  DeploymentStatus,
  LogLineStream,
  PermissionDeniedError,
  type Deployment,
  type EmptyResult,
  type LogLine,
  type Release,
} from "@axhub/sdk";

const SHOP = "0c000000-0000-4000-8000-000000000001";
const SHOP_V1 = "0d000000-0000-4000-8000-000000000101";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const OTHER_SHA = "89abcdef0123456789abcdef0123456789abcdef";

function baseUrlFrom(argv: string[]): string {
  const index = argv.indexOf("--base-url");
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (value === undefined) {
    throw new Error("usage: smoke.js --base-url URL");
  }
  return value;
}

async function main(baseUrl: string): Promise<void> {
  // What a user's shell sets; the client reads both (explicit options would win).
  process.env["AXHUB_BASE_URL"] = baseUrl;
  process.env["AXHUB_TOKEN"] = "tok_owner";
  const sdk = new AxHub({ maxRetries: 2, timeoutMs: 30_000 });
  assert.equal(sdk.baseUrl, baseUrl);
  const deployments = sdk.deployments;

  // Trigger, and wait until it succeeded.
  const started: Deployment = await deployments.trigger(SHOP, { commit_sha: SHA });
  assert.equal(started.status, DeploymentStatus.Pending);
  assert.equal(started.trigger_source, "manual");
  assert.equal(started.completed_at, null);

  const done: Deployment = await deployments.waitFor(SHOP, started.id, { waitTimeoutMs: 60_000, intervalMs: 100 });
  assert.equal(done.id, started.id);
  assert.equal(done.status, DeploymentStatus.Succeeded);
  assert.equal(done.failure_reason, null);
  assert.equal(done.image_uri, "gcr.io/axhub-apps/acme/shop:0123456789ab");
  assert.ok(done.completed_at !== null && done.completed_at >= done.started_at);

  const again: Deployment = await deployments.get(SHOP, started.id);
  assert.equal(again.status, "succeeded");

  // Logs: the list method pages through every line on its own.
  const everyLine: LogLine[] = [];
  for await (const line of deployments.logs(SHOP, { limit: 100 })) {
    everyLine.push(line);
  }
  assert.equal(everyLine.length, 250 + 6); // the fixture's lines and this deployment's
  assert.ok(everyLine.some((line) => line.message === "server listening on :8080"));

  // Logs, tailed forward from the deployment's start: its six lines in order.
  // The friendly tail, bounded by a callback (after the sixth line) and by a deadline.
  const tailed: LogLine[] = [];
  const following = deployments.followLogs(
    SHOP,
    { since: done.started_at, limit: 100 },
    { intervalMs: 100, tailTimeoutMs: 30_000, stop: () => tailed.length === 6 },
  );
  for await (const line of following) {
    tailed.push(line);
  }
  assert.equal(tailed.length, 6);
  assert.ok(tailed[0]?.message.startsWith(`deployment ${started.id} queued`), tailed[0]?.message);
  assert.equal(tailed[0]?.stream, LogLineStream.Stdout);
  assert.equal(tailed[5]?.message, "server listening on :8080");

  // Roll production back to v1, then to the new deployment (a body field in the params).
  const back: EmptyResult = await deployments.rollback(SHOP, SHOP_V1);
  assert.deepEqual(back, {});
  assert.deepEqual(await deployments.rollback(SHOP, done.id, { confirm_schema_skew: false }), {});
  const live: Release[] = [];
  for await (const release of deployments.lifecycle.releases(SHOP, { limit: 1 })) {
    if (release.active_prod) {
      live.push(release);
    }
  }
  assert.deepEqual(
    live.map((r) => r.deployment_id),
    [done.id],
  );

  // A second deployment, cancelled while it runs.
  const second: Deployment = await deployments.trigger(SHOP, { commit_sha: OTHER_SHA });
  const cancelled: EmptyResult = await deployments.cancel(SHOP, second.id);
  assert.deepEqual(cancelled, {});
  const final = await deployments.waitFor(SHOP, second.id, { waitTimeoutMs: 10_000, intervalMs: 100 });
  assert.equal(final.status, DeploymentStatus.Cancelled);
  assert.equal(final.current_stage, null);

  // A plain member may not deploy (the explicit token wins over AXHUB_TOKEN).
  const member = new AxHub({ token: "tok_member" });
  await assert.rejects(member.deployments.trigger(SHOP), (error: unknown) => {
    assert.ok(error instanceof PermissionDeniedError, String(error));
    assert.equal(error.status, 403);
    assert.equal(error.code, "forbidden");
    assert.equal(error.operationId, "deployPostApiV1AppsByAppIDDeployments");
    assert.equal((error.body as { statusCode?: unknown }).statusCode, 403);
    assert.ok(error.message.includes("deployPostApiV1AppsByAppIDDeployments"), error.message);
    assert.ok(error.message.includes("403 forbidden"), error.message);
    return true;
  });

  // A closed client refuses calls before sending.
  member.close();
  await assert.rejects(member.deployments.get(SHOP, second.id), ClientClosedError);
}

await main(baseUrlFrom(process.argv.slice(2)));
console.log("smoke ok");
