// Hosts and request signatures in the runtime, on hand-written operations: the shared test
// vectors, an operation sent to its own host (option, variable, default; bad URLs refused), every
// attempt signed afresh, bearer and signature side by side, the signing key both-or-neither, the
// signature redacted in debug output, and a multipart body signed as the bytes it is sent as.

import assert from "node:assert/strict";
import { createHash, createHmac } from "node:crypto";
import { test } from "node:test";

import {
  BaseClient,
  type ClientOptions,
  type DebugRequest,
  InvalidArgumentError,
  type Operation,
  type OperationShape,
  RequestSigner,
  type RequestSignature,
  type SecurityScheme,
} from "@axhub/sdk";

import { serve, type Seen } from "./support.js";

const SIGNATURE: RequestSignature = {
  algorithm: "hmac-sha256",
  keyIdHeader: "X-Agent-Id",
  timestampHeader: "X-Timestamp",
  nonceHeader: "X-Nonce",
  signatureHeader: "X-Signature",
  canonical: ["method", "target", "timestamp", "nonce", "bodySha256"],
  separator: "\n",
  encoding: "hex",
  nonceBytes: 16,
};
const SIGNED: SecurityScheme = { kind: "signature", signature: SIGNATURE };
const BEARER: SecurityScheme = { kind: "http", scheme: "bearer" };
const NONCE = "00112233445566778899aabbccddeeff";

function op(operationId: string, extra: Partial<Operation> = {}): Operation {
  return { operationId, method: "GET", path: `/${operationId}`, params: [], responses: { "200": "json" }, ...extra };
}

const OPS = {
  user: op("user", { security: [BEARER] }),
  beat: op("beat", {
    host: "agent",
    method: "POST",
    path: "/agent/heartbeat",
    params: [{ name: "x", location: "query" }],
    requestContentType: "application/json",
    security: [SIGNED],
  }),
  both: op("both", { host: "agent", security: [BEARER, SIGNED] }),
  upload: op("upload", { host: "agent", method: "POST", requestContentType: "multipart/form-data", security: [SIGNED] }),
  elsewhere: op("elsewhere", { host: "nowhere" }),
};

interface HostOptions extends ClientOptions {
  agentBaseUrl?: string | undefined;
}

class HostClient extends BaseClient<Record<string, OperationShape>, HostOptions> {
  constructor(options: HostOptions = {}) {
    super(
      { sleep: async () => undefined, random: () => 0.5, ...options },
      {
        operations: OPS,
        defaultBaseUrl: "https://user.example/api",
        sdkName: "signing-test",
        sdkVersion: "1.0.0",
        envPrefix: "SIGNTEST",
        hosts: { agent: { option: "agentBaseUrl", env: "SIGNTEST_AGENT_BASE_URL", defaultUrl: "https://agent.example" } },
      },
    );
  }
}

/** The signature the server would compute for a request it received. */
function expected(seen: Seen, secret: string): string {
  const text = [
    seen.method,
    seen.target,
    String(seen.headers["x-timestamp"]),
    String(seen.headers["x-nonce"]),
    createHash("sha256").update(seen.body).digest("hex"),
  ].join("\n");
  return createHmac("sha256", secret).update(text).digest("hex");
}

test("the shared test vectors: hex and base64, with and without a body", () => {
  const fixed = { now: () => 1_700_000_000_000, nonce: () => NONCE };
  const hex = new RequestSigner(SIGNATURE, "agt_1", "ags_test_secret", fixed);
  const body = '{"status":"success","exitCode":0}';
  const headers = hex.sign("post", "/agent/jobs/job_1/result?x=1", body);
  assert.deepEqual(headers, {
    "X-Agent-Id": "agt_1",
    "X-Timestamp": "1700000000",
    "X-Nonce": NONCE,
    "X-Signature": "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
  });
  assert.equal(
    hex.sign("POST", "/agent/jobs/job_1/result?x=1", new TextEncoder().encode(body))["X-Signature"],
    "9f4e429577a950aa381b15a00e191ba85e2faf95a1b989fd5f1ff0d775e0a1f6",
  );
  assert.equal(
    hex.sign("GET", "/agent/stream")["X-Signature"],
    "86ad7ec66cd0e160e5f79a19cb087817b1e253a22d3d152ca5c175b5b1a12d99",
  );
  const b64 = new RequestSigner({ ...SIGNATURE, encoding: "base64" }, "agt_1", "ags_test_secret", fixed);
  assert.equal(
    b64.sign("POST", "/agent/jobs/job_1/result?x=1", body)["X-Signature"],
    "n05ClXepUKo4GxWgDhkbqF4vr5WhuYn9Xx/w13XgofY=",
  );
  assert.equal(JSON.stringify(hex), '{"keyId":"agt_1"}'); // the secret stays out
  assert.throws(() => new RequestSigner(SIGNATURE, "agt_1", ""), InvalidArgumentError);
  const nonces = new Set([1, 2, 3].map(() => new RequestSigner(SIGNATURE, "a", "s").sign("GET", "/")["X-Nonce"]));
  assert.equal(nonces.size, 3);
  assert.match([...nonces][0] ?? "", /^[0-9a-f]{32}$/);
});

test("an operation of another host goes to that host: option, then variable, then its default", () => {
  const saved = process.env["SIGNTEST_AGENT_BASE_URL"];
  try {
    delete process.env["SIGNTEST_AGENT_BASE_URL"];
    assert.deepEqual(new HostClient().hostUrls, { agent: "https://agent.example" });
    process.env["SIGNTEST_AGENT_BASE_URL"] = "http://env.example:9/";
    assert.deepEqual(new HostClient().hostUrls, { agent: "http://env.example:9" });
    assert.deepEqual(new HostClient({ agentBaseUrl: "http://given.example" }).hostUrls, { agent: "http://given.example" });
    process.env["SIGNTEST_AGENT_BASE_URL"] = "localhost:8080";
    assert.throws(() => new HostClient(), (e: unknown) => e instanceof InvalidArgumentError && /SIGNTEST_AGENT_BASE_URL/.test(e.message));
  } finally {
    if (saved === undefined) {
      delete process.env["SIGNTEST_AGENT_BASE_URL"];
    } else {
      process.env["SIGNTEST_AGENT_BASE_URL"] = saved;
    }
  }
  for (const bad of ["ftp://agent.example", "/relative", "http://", 42]) {
    assert.throws(
      () => new HostClient({ agentBaseUrl: bad as string }),
      (e: unknown) => e instanceof InvalidArgumentError && /agentBaseUrl/.test(e.message),
    );
  }
});

test("each host's operations are sent to it; a host the client does not know is refused", async () => {
  const server = await serve(() => ({ json: { ok: true } }));
  try {
    const sdk = new HostClient({ baseUrl: `${server.url}/api`, agentBaseUrl: server.url, token: "tok" });
    await sdk.call(OPS.user);
    await sdk.call(OPS.both);
    await sdk.requestUnchecked("beat", null, { x: 1 }, {});
    assert.deepEqual(server.seen.map((s) => s.path), ["/api/user", "/both", "/agent/heartbeat"]);
    await assert.rejects(sdk.call(OPS.elsewhere), (e: unknown) => e instanceof InvalidArgumentError && /nowhere/.test(e.message));
  } finally {
    await server.close();
  }
});

test("every attempt is signed afresh, after the final target and body; bearer and signature coexist", async () => {
  const server = await serve((_request, index) => (index === 0 ? { status: 503, json: {} } : { json: { ok: true } }));
  try {
    let now = 1_700_000_000_000;
    const sdk = new HostClient({
      agentBaseUrl: `${server.url}/base/`,
      token: "tok_user",
      signingKeyId: "agt_1",
      signingSecret: "s3cret",
      now: () => now,
      sleep: async (ms) => {
        now += ms + 5000;
      },
    });
    await sdk.call(OPS.beat, null, { x: "a b" }, { version: "1.0" });
    assert.equal(server.seen.length, 2);
    const [first, second] = server.seen as [Seen, Seen];
    for (const seen of [first, second]) {
      assert.equal(seen.target, "/base/agent/heartbeat?x=a%20b");
      assert.equal(seen.headers["x-agent-id"], "agt_1");
      assert.equal(seen.headers["x-signature"], expected(seen, "s3cret"));
      assert.equal(seen.headers.authorization, undefined); // the operation takes the signature only
    }
    assert.notEqual(first.headers["x-nonce"], second.headers["x-nonce"]);
    assert.notEqual(first.headers["x-timestamp"], second.headers["x-timestamp"]);
    assert.equal(first.headers["x-timestamp"], "1700000000");

    await sdk.call(OPS.both);
    const both = server.seen[2] as Seen;
    assert.equal(both.headers.authorization, "Bearer tok_user");
    assert.equal(both.headers["x-signature"], expected(both, "s3cret"));

    const unsigned = new HostClient({ agentBaseUrl: server.url, token: "tok_user" });
    await unsigned.call(OPS.both);
    const plain = server.seen[3] as Seen;
    assert.equal(plain.headers["x-signature"], undefined);
    assert.equal(plain.headers.authorization, "Bearer tok_user");
  } finally {
    await server.close();
  }
});

test("a multipart body is signed as the bytes that are sent", async () => {
  const server = await serve(() => ({ json: { ok: true } }));
  try {
    const sdk = new HostClient({ agentBaseUrl: server.url, signingKeyId: "agt_1", signingSecret: "s3cret" });
    await sdk.call(OPS.upload, null, null, { name: "log.txt", file: new Blob(["hello"]) });
    const seen = server.seen[0] as Seen;
    assert.match(String(seen.headers["content-type"]), /^multipart\/form-data; boundary=/);
    assert.match(seen.body, /hello/);
    assert.equal(seen.headers["x-signature"], expected(seen, "s3cret"));
  } finally {
    await server.close();
  }
});

test("the signing key is both or neither, from the options or the environment", () => {
  const names = ["SIGNTEST_SIGNING_KEY_ID", "SIGNTEST_SIGNING_SECRET"] as const;
  const saved = names.map((name) => [name, process.env[name]] as const);
  try {
    for (const name of names) {
      delete process.env[name];
    }
    assert.throws(() => new HostClient({ signingKeyId: "agt_1" }), (e: unknown) => e instanceof InvalidArgumentError && /signingSecret/.test(e.message));
    assert.throws(() => new HostClient({ signingSecret: "x" }), (e: unknown) => e instanceof InvalidArgumentError && /signingKeyId/.test(e.message));
    assert.throws(() => new HostClient({ signingKeyId: "", signingSecret: "x" }), InvalidArgumentError);
    assert.throws(() => new HostClient({ signingKeyId: 7 as unknown as string, signingSecret: "x" }), InvalidArgumentError);
    process.env["SIGNTEST_SIGNING_KEY_ID"] = "agt_env";
    assert.throws(() => new HostClient(), (e: unknown) => e instanceof InvalidArgumentError && /SIGNTEST_SIGNING_SECRET/.test(e.message));
    process.env["SIGNTEST_SIGNING_SECRET"] = "env_secret";
    const sdk = new HostClient();
    assert.equal(sdk.options.signingKeyId, "agt_env");
    assert.equal(new HostClient({ signingKeyId: "agt_given" }).options.signingKeyId, "agt_given");
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) {
        delete process.env[name];
      } else {
        process.env[name] = value;
      }
    }
  }
});

test("debug hooks and logs never see the signature or the secret", async () => {
  const server = await serve(() => ({ json: { ok: true } }));
  try {
    const shown: DebugRequest[] = [];
    const lines: string[] = [];
    const sdk = new HostClient({
      agentBaseUrl: server.url,
      signingKeyId: "agt_1",
      signingSecret: "s3cret-value",
      onRequest: (request) => shown.push(request),
      logger: { debug: (message, details) => lines.push(message + JSON.stringify(details)) },
    });
    await sdk.call(OPS.beat, null, null, {});
    assert.equal(shown[0]?.headers["x-signature"], "[REDACTED]");
    assert.equal(shown[0]?.headers["x-agent-id"], "agt_1");
    const sent = String(server.seen[0]?.headers["x-signature"]);
    for (const text of [JSON.stringify(shown), ...lines]) {
      assert.ok(!text.includes(sent) && !text.includes("s3cret-value"), text);
    }
  } finally {
    await server.close();
  }
});
