// Server-sent events: parsed as the HTML standard says across any chunking, yielded as they
// arrive, typed errors before the stream, retries only until the stream starts.

import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";

import {
  APIConnectionError,
  BaseClient,
  NotFoundError,
  type Operation,
  type OperationShape,
  type ServerSentEvent,
} from "@axhub/sdk";

const EVENTS: Operation = {
  operationId: "events",
  method: "GET",
  path: "/events",
  params: [],
  responses: { "200": "sse", "404": "json" },
  security: [{ kind: "http", scheme: "bearer" }],
};

class StreamClient extends BaseClient<Record<string, OperationShape>> {
  constructor(baseUrl: string, maxRetries = 2, timeoutMs?: number) {
    super(
      { baseUrl, token: "tok", maxRetries, timeoutMs, sleep: async () => undefined, random: () => 0.5 },
      { operations: { events: EVENTS }, defaultBaseUrl: "", sdkName: "sse-test", sdkVersion: "1.0.0" },
    );
  }
}

type Script = (request: IncomingMessage, response: ServerResponse, index: number) => Promise<void> | void;

async function serveScript(script: Script): Promise<{ url: string; seen: IncomingMessage[]; close(): Promise<void> }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    seen.push(request);
    void script(request, response, seen.length - 1);
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

function startStream(response: ServerResponse): void {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  response.flushHeaders();
}

async function collect(stream: AsyncIterable<ServerSentEvent>): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of stream) {
    events.push(event);
  }
  return events;
}

test("events are parsed across chunks: CRLF, CR, LF, comments, multi-line data, id, retry, a last unterminated event", async () => {
  const text = [
    ": keep-alive\r\n",
    "event: update\r\n",
    'data: {"a":1}\r\n',
    "\r\n",
    "data: line one\r",
    "data:  two spaces\r",
    "\r",
    "id: 7\n",
    "retry: 1500\n",
    "data\n",
    "\n",
    "event: nothing-to-send\n",
    "\n",
    "retry: soon\n",
    "data: é\n",
    "data: last",
  ].join("");
  const bytes = Buffer.from(text, "utf8");
  // Cut inside a field name, between the CR and LF of a CRLF, and inside the two bytes of "é".
  const cuts = [text.indexOf("update") + 2, text.indexOf('{"a":1}\r\n') + 8, bytes.indexOf(Buffer.from("é")) + 1];
  const server = await serveScript(async (_request, response) => {
    startStream(response);
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      await new Promise<void>((resolve) => response.write(bytes.subarray(from, cut), () => resolve()));
      from = cut;
    }
    response.end();
  });
  try {
    const events = await collect(new StreamClient(server.url).stream(EVENTS));
    assert.deepEqual(events, [
      { event: "update", data: '{"a":1}', id: undefined, retry: undefined },
      { event: "message", data: "line one\n two spaces", id: undefined, retry: undefined },
      { event: "message", data: "", id: "7", retry: 1500 },
      { event: "message", data: "é\nlast", id: "7", retry: 1500 },
    ]);
    assert.equal(server.seen[0]?.headers.accept, "text/event-stream");
    assert.equal(server.seen[0]?.headers.authorization, "Bearer tok");
  } finally {
    await server.close();
  }
});

test("each event is yielded as soon as it arrives, before the rest of the stream is sent", { timeout: 30_000 }, async () => {
  let sendRest: () => void = () => undefined;
  const rest = new Promise<void>((resolve) => {
    sendRest = resolve;
  });
  const server = await serveScript(async (_request, response) => {
    startStream(response);
    response.write("data: first\n\n");
    await rest; // only once the client has handed the first event to the caller
    response.end("data: second\n\n");
  });
  try {
    const seen: string[] = [];
    for await (const event of new StreamClient(server.url).stream(EVENTS)) {
      seen.push(event.data);
      sendRest();
    }
    assert.deepEqual(seen, ["first", "second"]);
  } finally {
    sendRest();
    await server.close();
  }
});

test("an error status before the stream is the status's typed error", async () => {
  const server = await serveScript((_request, response) => {
    response.writeHead(404, { "content-type": "application/json" });
    response.end(JSON.stringify({ code: "no_stream", message: "nothing here" }));
  });
  try {
    const error = await collect(new StreamClient(server.url).stream(EVENTS)).then(
      () => assert.fail("expected a 404"),
      (e: unknown) => e,
    );
    assert.ok(error instanceof NotFoundError, String(error));
    assert.equal(error.code, "no_stream");
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});

test("retries apply until the stream starts, never after", async () => {
  const server = await serveScript((_request, response, index) => {
    if (index === 0) {
      response.writeHead(503);
      response.end();
      return;
    }
    startStream(response);
    response.write("data: one\n\n", () => response.destroy());
  });
  try {
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of new StreamClient(server.url).stream(EVENTS)) {
        seen.push(event.data);
      }
    })().then(
      () => assert.fail("expected the broken stream to fail"),
      (e: unknown) => e,
    );
    assert.deepEqual(seen, ["one"]);
    assert.ok(error instanceof APIConnectionError, String(error));
    assert.match(error.message, /event stream broke/);
    assert.equal(server.seen.length, 2); // the 503 was retried; the broken stream was not
  } finally {
    await server.close();
  }
});

test("the timeout bounds the wait for the headers, not the stream after them", { timeout: 30_000 }, async () => {
  const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const server = await serveScript(async (_request, response) => {
    startStream(response);
    for (let n = 0; n < 4; n++) {
      response.write(`data: ${n}\n\n`);
      await pause(100); // each gap well within the 250 ms timeout; together more than it
    }
    await pause(400); // one quiet spell longer than the timeout
    response.end("data: last");
  });
  try {
    const events = await collect(new StreamClient(server.url, 0, 250).stream(EVENTS));
    assert.deepEqual(
      events.map((event) => event.data),
      ["0", "1", "2", "3", "last"],
    );
  } finally {
    await server.close();
  }
});
