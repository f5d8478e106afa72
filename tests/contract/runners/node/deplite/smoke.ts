// Smoke test of the Deplite Node SDK against the live reference server, playing both sides with the
// resource methods: the user (dashboard token, then an API token) and the agent (enrolled with an
// enrollment token, then signing every call with its id and secret, reading jobs from its stream).
// The server must be fresh (POST /_admin/reset first); its root is the agent host, `/api` the user API.
//
//   node dist/smoke.js --base-url http://127.0.0.1:8080

import assert from "node:assert/strict";

import {
  AuthenticationError,
  Deplite,
  type DepliteOptions,
  JobStatus,
  type LogLine,
  LogStream,
  RequestSigner,
  SIGNATURES,
  TokenScope,
  TriggerType,
} from "@deplite/sdk";

const ORG = "org-abc";

function baseUrlFrom(argv: string[]): string {
  const index = argv.indexOf("--base-url");
  const value = index >= 0 ? argv[index + 1] : undefined;
  if (value === undefined) {
    throw new Error("usage: smoke.js --base-url URL");
  }
  return value.replace(/\/+$/, "");
}

async function main(root: string): Promise<void> {
  const hosts: DepliteOptions = { baseUrl: `${root}/api`, agentBaseUrl: root, maxRetries: 2, timeoutMs: 30_000 };
  const user = new Deplite({ ...hosts, token: "tok_owner" });
  assert.equal(user.baseUrl, `${root}/api`);
  assert.equal(user.hostUrls["agent"], root);

  // The owner issues an enrollment token; a new agent enrolls with it as its bearer.
  const enrollment = await user.agents.createEnrollmentToken({ orgId: ORG }, null, { label: "smoke" });
  assert.match(enrollment.token, /^enr_/);
  const enrolling = new Deplite({ ...hosts, token: enrollment.token });
  const credentials = await enrolling.agent.enroll({ hostname: "runner-1", version: "1.0" });
  assert.match(credentials.agentSecret, /.+/);
  await assert.rejects(enrolling.agent.enroll({ hostname: "runner-2" }), AuthenticationError); // single use

  // The agent signs every call with its id and secret (a user token beside them changes nothing).
  const agent = new Deplite({
    ...hosts,
    token: "tok_member",
    signingKeyId: credentials.agentId,
    signingSecret: credentials.agentSecret,
  });
  const reported = await agent.agent.reportWorkflows({ workflows: [{ name: "deploy", secretsKeys: ["AWS_KEY"] }] });
  assert.equal(reported.count, 1);
  await agent.agent.heartbeat({ version: "1.0" });

  // Signing by hand gives the same headers the client sends.
  const signer = new RequestSigner(SIGNATURES.agentSignature, credentials.agentId, credentials.agentSecret);
  const body = JSON.stringify({ version: "1.0" });
  const byHand = await fetch(`${root}/agent/heartbeat`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...signer.sign("POST", "/agent/heartbeat", body) },
    body,
  });
  assert.equal(byHand.status, 200, await byHand.text());

  // The user makes a trigger for the workflow and an API token that may run only it.
  const trigger = await user.triggers.create(ORG, {
    agentId: credentials.agentId,
    name: "deploy-prod",
    workflowName: "deploy",
    type: TriggerType.Webhook,
    allowedRefs: ["main", "release/*"],
  });
  const issued = await user.apiTokens.create(ORG, { name: "ci", scopeType: TokenScope.Trigger, triggerIds: [trigger.id] });
  assert.match(issued.plainToken, /^tk_/);

  // CI runs the trigger with its API token; the same Idempotency-Key and body answer the same job.
  const ci = new Deplite({ ...hosts, token: issued.plainToken });
  const runParams = { "Idempotency-Key": "smoke-run-1", ref: "release/1.2", params: { env: "prod" } };
  const run = await ci.triggers.run(trigger.id, runParams);
  const replay = await ci.triggers.run(trigger.id, runParams);
  assert.equal(replay.jobId, run.jobId);

  // The agent takes the job from its signed event stream.
  const stop = new AbortController();
  let taken: Record<string, unknown> | undefined;
  for await (const event of agent.agent.stream({ signal: stop.signal })) {
    if (event.event === "job") {
      taken = JSON.parse(event.data) as Record<string, unknown>;
      break;
    }
  }
  stop.abort();
  assert.deepEqual(taken, { jobId: run.jobId, workflowName: "deploy", ref: "release/1.2", debug: false, params: { env: "prod" } });
  assert.equal((await user.jobs.get(run.jobId)).status, JobStatus.Running);

  // It uploads the logs and the result.
  const lines: LogLine[] = [0, 1, 2].map((seq) => ({ seq, stream: LogStream.Raw, stepName: "build", content: `line ${seq}` }));
  const uploaded = await agent.agent.uploadLogs(run.jobId, { items: lines });
  assert.deepEqual(uploaded, { accepted: 3, nextSeq: 3 });
  await agent.agent.submitResult(run.jobId, { status: "success", exitCode: 0, output: { url: "https://example.test" } });

  // The user waits for the job to finish and reads its logs, two lines a page.
  const done = await user.jobs.waitFor(run.jobId, { waitTimeoutMs: 30_000, intervalMs: 100 });
  assert.equal(done.status, JobStatus.Success);
  assert.equal(done.exitCode, 0);
  const read: string[] = [];
  for await (const line of user.jobs.logs(run.jobId, { limit: 2 })) {
    read.push(line.content);
  }
  assert.deepEqual(read, ["line 0", "line 1", "line 2"]);

  // A wrong secret is refused as the SDK's authentication error.
  const impostor = new Deplite({ ...hosts, signingKeyId: credentials.agentId, signingSecret: "0".repeat(64) });
  await assert.rejects(
    impostor.agent.heartbeat({ version: "1.0" }),
    (error: unknown) => error instanceof AuthenticationError && error.status === 401 && error.code === "invalid_signature",
  );
  console.log("smoke ok");
}

main(baseUrlFrom(process.argv)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
