// Every error status → its class (instanceof works up the hierarchy); what an error carries.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  APIConnectionError,
  APIStatusError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  PreconditionRequiredError,
  RateLimitError,
  ResponseDecodeError,
  SDKError,
  ServerError,
  UnprocessableEntityError,
  errorClassForStatus,
} from "@axhub/sdk";

import { APP, DID, client, serve } from "./support.js";

const CASES: [number, abstract new (...args: never[]) => APIStatusError, abstract new (...args: never[]) => APIStatusError][] = [
  [400, BadRequestError, ClientError],
  [401, AuthenticationError, ClientError],
  [403, PermissionDeniedError, ClientError],
  [404, NotFoundError, ClientError],
  [409, ConflictError, ClientError],
  [412, PreconditionFailedError, ClientError],
  [418, ClientError, ClientError],
  [422, UnprocessableEntityError, ClientError],
  [428, PreconditionRequiredError, ClientError],
  [429, RateLimitError, ClientError],
  [500, InternalServerError, ServerError],
  [501, ServerError, ServerError],
  [503, ServerError, ServerError],
];

test("every error status gives its own class, and the catch-all of its class of status", async () => {
  for (const [status, Exact, Family] of CASES) {
    const server = await serve(() => ({
      status,
      json: { statusCode: status, code: `code_${status}`, message: `failed with ${status}` },
    }));
    try {
      const { sdk } = client(server, { maxRetries: 0 });
      const error = await sdk.deployments.get(APP, DID).then(
        () => assert.fail(`expected ${status} to throw`),
        (e: unknown) => e,
      );
      assert.ok(error instanceof Exact, `${status}: ${String(error)}`);
      assert.ok(error instanceof Family);
      assert.ok(error instanceof APIStatusError);
      assert.ok(error instanceof SDKError);
      assert.ok(error instanceof Error);
      assert.equal(errorClassForStatus(status), Exact);
      assert.equal(error.status, status);
      assert.equal(error.code, `code_${status}`);
      assert.equal(error.detail, `failed with ${status}`);
      assert.equal(error.operationId, "deployGetApiV1AppsByAppIDDeploymentsByDid");
      assert.equal(error.name, Exact.name);
    } finally {
      await server.close();
    }
  }
});

test("an error carries status, code, message, retryAfter, body, headers and operationId", async () => {
  const body = { statusCode: 409, code: "deployment_in_progress", message: "a deployment is running", retryAfter: 7 };
  const server = await serve(() => ({ status: 409, headers: { "x-request-id": "req-9" }, json: body }));
  try {
    const { sdk } = client(server);
    const error = await sdk.deployments.trigger(APP).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.equal(error.retryAfter, 7);
    assert.deepEqual(error.body, body);
    assert.equal(error.headers.get("x-request-id"), "req-9");
    assert.equal(error.requestId, "req-9");
    assert.equal(error.method, "POST");
    assert.equal(
      error.message,
      `deployPostApiV1AppsByAppIDDeployments: POST /api/v1/apps/${APP}/deployments returned 409 ` +
        "deployment_in_progress: a deployment is running (retry after 7s) [request id req-9]",
    );
    assert.equal(server.seen.length, 1); // 409 is not retried
  } finally {
    await server.close();
  }
});

test("a non-JSON error body is kept as text", async () => {
  const server = await serve(() => ({ status: 404, headers: { "content-type": "text/plain" }, text: "no such app" }));
  try {
    const { sdk } = client(server);
    const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.body, "no such app");
    assert.equal(error.detail, "no such app");
    assert.equal(error.code, undefined);
  } finally {
    await server.close();
  }
});

test("a 2xx with broken JSON is a ResponseDecodeError", async () => {
  const server = await serve(() => ({ headers: { "content-type": "application/json" }, text: "{not json" }));
  try {
    const { sdk } = client(server);
    const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseDecodeError);
    assert.equal(error.text, "{not json");
  } finally {
    await server.close();
  }
});

test("transport errors are their own type, not a status error", async () => {
  const server = await serve(() => ({ json: {} }));
  const url = server.url;
  await server.close();
  const { sdk } = client({ url, seen: [], close: async () => undefined }, { maxRetries: 0 });
  const error = await sdk.deployments.get(APP, DID).catch((e: unknown) => e);
  assert.ok(error instanceof APIConnectionError);
  assert.ok(!(error instanceof APIStatusError));
  assert.match(error.message, /^deployGetApiV1AppsByAppIDDeploymentsByDid: GET \/api\/v1\/apps\/.* connection failed/);
});
