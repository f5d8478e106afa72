// Auth headers, User-Agent, the signer, redacted debug hooks and logger, a replaced fetch.

import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { test } from "node:test";

import { AxHub, InvalidArgumentError, type DebugRequest, type DebugResponse } from "@axhub/sdk";

import { APP, DID, client, deployment, serve } from "./support.js";

test("bearer token, X-Tenant-ID, User-Agent, Accept and client headers are sent", async () => {
  const server = await serve(() => ({ json: deployment() }));
  try {
    const { sdk } = client(server, { tenantId: "tenant-1", headers: { "X-Custom": "yes" } });
    await sdk.deployments.get(APP, DID, { headers: { "X-Call": "1" } });
    const headers = server.seen[0]?.headers ?? {};
    assert.equal(headers.authorization, "Bearer tok_test");
    assert.equal(headers["x-tenant-id"], "tenant-1");
    assert.equal(headers["x-custom"], "yes");
    assert.equal(headers["x-call"], "1");
    assert.equal(headers.accept, "application/json");
    assert.match(String(headers["user-agent"]), /^axhub-sdk\/0\.1\.0 node\/v\d+\.\d+\.\d+$/);
    const anonymous = client(server, { token: undefined as unknown as string }).sdk;
    await anonymous.deployments.get(APP, DID);
    assert.equal(server.seen[1]?.headers.authorization, undefined);
    assert.equal(server.seen[1]?.headers["x-tenant-id"], undefined);
  } finally {
    await server.close();
  }
});

test("a signer signs every attempt after the other headers are set", async () => {
  const server = await serve([{ status: 503 }, { status: 202, json: deployment() }]);
  try {
    let nonce = 0;
    const { sdk } = client(server, {
      signer: (request) => {
        nonce += 1;
        const timestamp = "1735689600";
        const payload = `${request.method}\n${new URL(request.url).pathname}\n${timestamp}\n${nonce}\n${String(request.body)}`;
        request.headers.set("X-Agent-Id", "agent-7");
        request.headers.set("X-Timestamp", timestamp);
        request.headers.set("X-Nonce", String(nonce));
        request.headers.set("X-Signature", createHmac("sha256", "secret").update(payload).digest("hex"));
      },
    });
    await sdk.deployments.trigger(APP, { force_rebuild: false });
    assert.equal(server.seen.length, 2);
    assert.deepEqual(
      server.seen.map((r) => r.headers["x-nonce"]),
      ["1", "2"],
    );
    const last = server.seen[1];
    const payload = `POST\n/api/v1/apps/${APP}/deployments\n1735689600\n2\n{"force_rebuild":false}`;
    assert.equal(last?.headers["x-signature"], createHmac("sha256", "secret").update(payload).digest("hex"));
    assert.equal(last?.headers["x-agent-id"], "agent-7");
  } finally {
    await server.close();
  }
});

test("debug hooks and the logger see requests and responses with secrets redacted", async () => {
  const server = await serve(() => ({ headers: { "set-cookie": "session=s3cr3t" }, json: deployment() }));
  try {
    const requests: DebugRequest[] = [];
    const responses: DebugResponse[] = [];
    const lines: string[] = [];
    const { sdk } = client(server, {
      headers: { Cookie: "a=b", "X-Api-Key": "k" },
      signer: (r) => r.headers.set("X-Signature", "sig"),
      onRequest: (r) => requests.push(r),
      onResponse: (r) => responses.push(r),
      logger: { debug: (message, details) => lines.push(`${message} ${JSON.stringify(details)}`) },
    });
    await sdk.deployments.get(APP, DID);
    const request = requests[0];
    assert.ok(request);
    assert.equal(request.headers["authorization"], "[REDACTED]");
    assert.equal(request.headers["cookie"], "[REDACTED]");
    assert.equal(request.headers["x-api-key"], "[REDACTED]");
    assert.equal(request.headers["x-signature"], "[REDACTED]");
    assert.equal(request.operationId, "deployGetApiV1AppsByAppIDDeploymentsByDid");
    assert.equal(request.attempt, 1);
    assert.equal(responses[0]?.status, 200);
    assert.equal(responses[0]?.headers["set-cookie"], "[REDACTED]");
    assert.equal(lines.length, 2);
    for (const line of lines) {
      assert.ok(!line.includes("tok_test") && !line.includes("s3cr3t") && !line.includes("sig\""), line);
    }
    // the request itself still carried the real values
    assert.equal(server.seen[0]?.headers.authorization, "Bearer tok_test");
  } finally {
    await server.close();
  }
});

test("the HTTP client can be replaced (custom fetch) and configured (fetchOptions)", async () => {
  const calls: { url: string; init: RequestInit }[] = [];
  const sdk = new AxHub({
    baseUrl: "http://example.invalid/",
    fetchOptions: { keepalive: false },
    fetch: async (url, init) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(deployment({ status: "succeeded" })), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    },
  });
  const result = await sdk.deployments.get(APP, DID);
  assert.equal(result.status, "succeeded");
  assert.equal(calls[0]?.url, `http://example.invalid/api/v1/apps/${APP}/deployments/${DID}`);
  assert.equal(calls[0]?.init.redirect, "manual");
  assert.equal(calls[0]?.init.keepalive, false);
});

test("client settings are checked when the client is made", () => {
  assert.throws(() => new AxHub({ maxRetries: -1 }), InvalidArgumentError);
  assert.throws(() => new AxHub({ timeoutMs: Number.NaN }), InvalidArgumentError);
  assert.equal(new AxHub({ baseUrl: "http://localhost:8080///" }).baseUrl, "http://localhost:8080");
});
