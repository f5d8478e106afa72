// A local HTTP server (node:http) that answers from a script and records every request,
// and a client factory whose sleeps and jitter are recorded instead of waited for.

import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { AxHub, type ClientOptions } from "@axhub/sdk";

export interface Seen {
  method: string;
  path: string;
  /** The request target exactly as received (path and query). */
  target: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
  /** Wait this long before answering (for timeouts). */
  delayMs?: number;
  /** Drop the connection without answering. */
  destroy?: boolean;
}

export type Handler = (request: Seen, index: number) => Reply;

export interface TestServer {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** Start a server on 127.0.0.1 that answers each request with `handler`. */
export async function serve(handler: Handler | Reply[]): Promise<TestServer> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request: Seen = {
        method: req.method ?? "",
        path: url.pathname,
        target: req.url ?? "/",
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      const index = seen.length;
      seen.push(request);
      const reply = Array.isArray(handler)
        ? (handler[Math.min(index, handler.length - 1)] ?? { status: 500 })
        : handler(request, index);
      const send = (): void => {
        if (reply.destroy === true) {
          req.socket.destroy();
          return;
        }
        const headers: Record<string, string> = { ...reply.headers };
        let body = "";
        if (reply.json !== undefined) {
          headers["content-type"] ??= "application/json";
          body = JSON.stringify(reply.json);
        } else if (reply.text !== undefined) {
          body = reply.text;
        }
        res.writeHead(reply.status ?? 200, headers);
        res.end(body);
      };
      if (reply.delayMs !== undefined) {
        setTimeout(send, reply.delayMs);
      } else {
        send();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sleeps the client asked for (ms), recorded and not waited for; `now` moves with them. */
export interface Clock {
  sleeps: number[];
  now: number;
}

/** A client for `server` with recorded sleeps, jitter 0.5 and a fake wall clock. */
export function client(server: TestServer, options: ClientOptions = {}): { sdk: AxHub; clock: Clock } {
  const clock: Clock = { sleeps: [], now: Date.parse("2025-01-01T00:00:00Z") };
  const sdk = new AxHub({
    baseUrl: server.url,
    token: "tok_test",
    sleep: async (ms) => {
      clock.sleeps.push(ms);
      clock.now += ms;
    },
    random: () => 0.5,
    now: () => clock.now,
    ...options,
  });
  return { sdk, clock };
}

export const APP = "3f1c2a9e-0000-4000-8000-000000000001";
export const DID = "7d0c1b2a-0000-4000-8000-000000000002";

export function deployment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: DID,
    app_id: APP,
    commit_sha: "a".repeat(40),
    status: "pending",
    trigger_source: "manual",
    started_at: "2025-01-01T00:00:00Z",
    completed_at: null,
    current_stage: "pending",
    failure_reason: null,
    image_uri: null,
    ...overrides,
  };
}
