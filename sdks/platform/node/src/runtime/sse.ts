// Internal: reading a `text/event-stream` body into events, as the HTML standard says.

import type { ServerSentEvent } from "./types.js";

const LINE_END = /\r\n|\r|\n/;

/** The events of a server-sent event stream, one by one as they arrive. */
export async function* parseEvents(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ServerSentEvent, void, undefined> {
  const decoder = new TextDecoder();
  let buffer = "";
  let data: string[] = [];
  let event = "";
  let id: string | undefined;
  let retry: number | undefined;

  function* take(line: string): Generator<ServerSentEvent, void, undefined> {
    if (line === "") {
      if (data.length > 0) {
        yield { event: event || "message", data: data.join("\n"), id, retry };
      }
      data = [];
      event = "";
      return;
    }
    if (line.startsWith(":")) {
      return; // a comment (often a keep-alive)
    }
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) {
      value = value.slice(1);
    }
    if (field === "data") {
      data.push(value);
    } else if (field === "event") {
      event = value;
    } else if (field === "id" && !value.includes("\u0000")) {
      id = value;
    } else if (field === "retry" && /^\d+$/.test(value)) {
      retry = Number(value);
    }
  }

  for await (const chunk of chunks) {
    buffer += decoder.decode(chunk, { stream: true });
    for (;;) {
      const match = LINE_END.exec(buffer);
      // A lone CR at the end may be the first half of CRLF: wait for more.
      if (match === null || (match[0] === "\r" && match.index === buffer.length - 1)) {
        break;
      }
      const line = buffer.slice(0, match.index);
      buffer = buffer.slice(match.index + match[0].length);
      yield* take(line);
    }
  }
  buffer += decoder.decode();
  for (const line of buffer.split(LINE_END)) {
    yield* take(line);
  }
  yield* take(""); // the stream ended: an event still being read is dispatched all the same
}
