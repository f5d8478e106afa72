// Smoke test of the Node SDK's typed surface against the live reference server, as a user writes it.
//
// Trigger a deployment of shop, wait until it succeeded, read its logs (paged and
// tailed), roll production back to it, cancel a second one, and read the error of a
// call that is not allowed. The server must be fresh (POST /_admin/reset first).
//
//   node dist/smoke/smoke.js --base-url http://127.0.0.1:8080

import assert from "node:assert/strict";

import {
  AxHub,
  DeploymentStatus,
  LogLineStream,
  PermissionDeniedError,
  type Deployment,
  type EmptyResult,
  type LogLine,
  type LogPage,
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
  const sdk = new AxHub({ baseUrl, token: "tok_owner", maxRetries: 2, timeoutMs: 30_000 });
  const deployments = sdk.deployments;

  // Trigger (the generated method), and wait until it succeeded.
  const started: Deployment = await deployments.deployPostApiV1AppsByAppIDDeployments(
    { appID: SHOP },
    null,
    { commit_sha: SHA },
  );
  assert.equal(started.status, DeploymentStatus.Pending);
  assert.equal(started.trigger_source, "manual");
  assert.equal(started.completed_at, null);

  const done: Deployment = await deployments.waitForDeployment({ appID: SHOP, did: started.id }, null, {
    waitTimeoutMs: 60_000,
    intervalMs: 100,
  });
  assert.equal(done.id, started.id);
  assert.equal(done.status, DeploymentStatus.Succeeded);
  assert.equal(done.failure_reason, null);
  assert.equal(done.image_uri, "gcr.io/axhub-apps/acme/shop:0123456789ab");
  assert.ok(done.completed_at !== null && done.completed_at >= done.started_at);

  // The same deployment through the seed alias.
  const again: Deployment = await deployments.get(SHOP, started.id);
  assert.equal(again.status, "succeeded");

  // Logs, paged backward: the newest page ends with the app coming up.
  const newest: LogPage = await deployments.deployGetApiV1AppsByAppIDLogs({ appID: SHOP }, { limit: 2 });
  assert.equal(newest.has_more, true);
  assert.equal(newest.lines.at(-1)?.message, "server listening on :8080");
  const everyLine: LogLine[] = [];
  for await (const line of deployments.iterDeployGetApiV1AppsByAppIDLogs({ appID: SHOP }, { limit: 100 })) {
    everyLine.push(line);
  }
  assert.equal(everyLine.length, 250 + 6); // the fixture's lines and this deployment's

  // Logs, tailed forward from the deployment's start: its six lines in order.
  const tailed: LogLine[] = [];
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), 30_000);
  try {
    for await (const line of deployments.tailLogs(
      { appID: SHOP },
      { since: done.started_at, limit: 100 },
      { intervalMs: 100, signal: stop.signal },
    )) {
      tailed.push(line);
      if (tailed.length === 6) {
        break;
      }
    }
  } finally {
    clearTimeout(timer);
  }
  assert.equal(tailed.length, 6);
  assert.ok(tailed[0]?.message.startsWith(`deployment ${started.id} queued`), tailed[0]?.message);
  assert.equal(tailed[0]?.stream, LogLineStream.Stdout);
  assert.equal(tailed[5]?.message, "server listening on :8080");

  // Roll production back to v1 (generated name), then to the new deployment (seed alias).
  const back: EmptyResult = await deployments.deployPostApiV1AppsByAppIDDeploymentsByDidRollback({
    appID: SHOP,
    did: SHOP_V1,
  });
  assert.deepEqual(back, {});
  assert.deepEqual(
    await deployments.rollback(SHOP, done.id, { confirm_schema_skew: false }),
    {},
  );
  const live: Release[] = [];
  for await (const release of deployments.iterDeployGetApiV1AppsByAppIDReleases({ appID: SHOP }, { limit: 1 })) {
    if (release.active_prod) {
      live.push(release);
    }
  }
  assert.deepEqual(
    live.map((r) => r.deployment_id),
    [done.id],
  );

  // A second deployment (the seed alias), cancelled while it runs.
  const second: Deployment = await deployments.trigger(SHOP, { commit_sha: OTHER_SHA });
  const cancelled: EmptyResult = await deployments.cancel(SHOP, second.id);
  assert.deepEqual(cancelled, {});
  const final = await deployments.waitForDeployment({ appID: SHOP, did: second.id }, null, {
    waitTimeoutMs: 10_000,
    intervalMs: 100,
  });
  assert.equal(final.status, DeploymentStatus.Cancelled);
  assert.equal(final.current_stage, null);

  // A plain member may not deploy.
  const member = new AxHub({ baseUrl, token: "tok_member" });
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
}

await main(baseUrlFrom(process.argv.slice(2)));
console.log("smoke ok");
