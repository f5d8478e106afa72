// The one pager across every style, through `iterate` with hand-written descriptors against a
// local server: a token at any depth (Kubernetes), a next-page URL in the body (Twilio), a Link
// header (GitHub), has_more with starting_after the last id (Stripe), page/limit without a total.

import assert from "node:assert/strict";
import { test } from "node:test";

import { InvalidArgumentError, type Operation, type Pagination } from "@axhub/sdk";

import { type Reply, type Seen, client, serve } from "./support.js";

const ALL = ["i0", "i1", "i2", "i3", "i4", "i5", "i6"];

function op(path: string, params: string[], pagination: Pagination): Operation {
  return {
    operationId: "list",
    method: "GET",
    path,
    params: params.map((name) => ({ name, location: "query" as const })),
    responses: { "200": "json" },
    pagination,
  };
}

interface Style {
  name: string;
  operation: Operation;
  query: Record<string, unknown>;
  key: string;
  moves: (seen: Seen[]) => unknown[];
  expectMoves: unknown[];
  serve: (request: Seen, base: string) => Reply;
}

const STYLES: Style[] = [
  {
    name: "cursor at metadata.continue (Kubernetes)",
    operation: op("/pods", ["limit", "continue"], {
      style: "cursor", items: ["items"], param: "continue", sizeParam: "limit",
      next: ["metadata", "continue"], stop: ["token"],
    }),
    query: { limit: 3 },
    key: "name",
    moves: (seen) => seen.map((r) => r.query.get("continue")),
    expectMoves: [null, "3", "6"],
    serve: (request) => {
      const start = Number(request.query.get("continue") ?? 0);
      const end = Math.min(start + Number(request.query.get("limit")), ALL.length);
      const metadata = end < ALL.length ? { continue: String(end) } : {};
      return { json: { items: ALL.slice(start, end).map((name) => ({ name })), metadata } };
    },
  },
  {
    name: "next_url in the body (Twilio)",
    operation: op("/Accounts/AC1/Messages.json", ["PageSize"], {
      style: "next_url", items: ["messages"], sizeParam: "PageSize", next: ["next_page_uri"], stop: ["token"],
    }),
    query: { PageSize: 3 },
    key: "sid",
    moves: (seen) => seen.map((r) => r.query.get("PageToken")),
    expectMoves: [null, "PA1", "PA2"],
    serve: (request) => {
      const page = Number(request.query.get("Page") ?? 0);
      const size = Number(request.query.get("PageSize"));
      const more = (page + 1) * size < ALL.length;
      const next = more ? `/Accounts/AC1/Messages.json?PageSize=${size}&Page=${page + 1}&PageToken=PA${page + 1}` : null;
      return { json: { messages: ALL.slice(page * size, (page + 1) * size).map((sid) => ({ sid })), next_page_uri: next } };
    },
  },
  {
    name: "Link header rel=next (GitHub)",
    operation: op("/repos", ["per_page"], { style: "link_header", items: [], sizeParam: "per_page", stop: ["token"] }),
    query: { per_page: 3 },
    key: "name",
    moves: (seen) => seen.map((r) => r.query.get("page")),
    expectMoves: [null, "2", "3"],
    serve: (request, base) => {
      const page = Number(request.query.get("page") ?? 1);
      const size = Number(request.query.get("per_page"));
      const links = [`<${base}/repos?per_page=${size}&page=1>; rel="first"`];
      if (page * size < ALL.length) {
        links.push(`<${base}/repos?per_page=${size}&page=${page + 1}>; rel="next"`);
      }
      return { headers: { link: links.join(", ") }, json: ALL.slice((page - 1) * size, page * size).map((name) => ({ name })) };
    },
  },
  {
    name: "starting_after the last id, until has_more is false (Stripe)",
    operation: op("/v1/customers", ["limit", "starting_after"], {
      style: "starting_after", items: ["data"], param: "starting_after", sizeParam: "limit", next: ["id"],
      hasMore: ["has_more"], stop: ["has_more", "empty", "token"],
    }),
    query: { limit: 3 },
    key: "id",
    moves: (seen) => seen.map((r) => r.query.get("starting_after")),
    expectMoves: [null, "i2", "i5"],
    serve: (request) => {
      const after = request.query.get("starting_after");
      const start = after === null ? 0 : ALL.indexOf(after) + 1;
      const limit = Number(request.query.get("limit"));
      return { json: { data: ALL.slice(start, start + limit).map((id) => ({ id })), has_more: start + limit < ALL.length } };
    },
  },
  {
    name: "page/limit without a total, the page being the list (museum)",
    operation: op("/days", ["page", "limit"], { style: "page", items: [], param: "page", sizeParam: "limit", stop: ["empty", "short"] }),
    query: { limit: 3 },
    key: "date",
    moves: (seen) => seen.map((r) => r.query.get("page")),
    expectMoves: [null, "2", "3"],
    serve: (request) => {
      const page = Number(request.query.get("page") ?? 1);
      const limit = Number(request.query.get("limit"));
      return { json: ALL.slice((page - 1) * limit, page * limit).map((date) => ({ date })) };
    },
  },
];

for (const style of STYLES) {
  test(`pages to the end: ${style.name}`, async () => {
    let base = "";
    const server = await serve((request) => style.serve(request, base));
    base = server.url;
    try {
      const { sdk } = client(server);
      const got: unknown[] = [];
      for await (const item of sdk.iterate<Record<string, unknown>>(style.operation, null, style.query)) {
        got.push(item[style.key]);
      }
      assert.deepEqual(got, ALL);
      assert.deepEqual(style.moves(server.seen), style.expectMoves); // three requests: the last page ends it
      assert.ok(server.seen.every((r) => r.headers.authorization === "Bearer tok_test"));
    } finally {
      await server.close();
    }
  });
}

test("a next URL on another origin is refused, and nothing is sent there", async () => {
  const server = await serve(() => ({ json: { messages: [{ sid: "x" }], next_page_uri: "https://evil.test/steal" } }));
  try {
    const { sdk } = client(server);
    const twilio = STYLES[1]?.operation;
    assert.ok(twilio !== undefined);
    const got: unknown[] = [];
    await assert.rejects(async () => {
      for await (const item of sdk.iterate(twilio, null, { PageSize: 3 })) {
        got.push(item);
      }
    }, (error: unknown) => error instanceof InvalidArgumentError && error.message.includes("evil.test"));
    assert.equal(got.length, 1);
    assert.equal(server.seen.length, 1);
  } finally {
    await server.close();
  }
});

test("a stuck token, a Link to the same page and has_more without a last id end the iteration", async () => {
  const stuck = STYLES[0]?.operation;
  const github = STYLES[2]?.operation;
  const stripe = STYLES[3]?.operation;
  assert.ok(stuck !== undefined && github !== undefined && stripe !== undefined);
  let base = "";
  const server = await serve((request) => {
    if (request.path === "/pods") {
      return { json: { items: [{ name: "a" }], metadata: { continue: "c1" } } };
    }
    if (request.path === "/repos") {
      return { headers: { link: `<${base}/repos?per_page=1>; rel="next"` }, json: [{ name: "a" }] };
    }
    return { json: { data: [], has_more: true } };
  });
  base = server.url;
  try {
    const { sdk } = client(server);
    const count = async (operation: Operation, query: Record<string, unknown>): Promise<number> => {
      let n = 0;
      for await (const _ of sdk.iterate(operation, null, query)) {
        n += 1;
      }
      return n;
    };
    assert.equal(await count(stuck, { limit: 1, continue: "c1" }), 1);
    assert.equal(await count(github, { per_page: 1 }), 1);
    assert.equal(await count(stripe, { limit: 1 }), 0);
    assert.deepEqual(server.seen.map((r) => r.path), ["/pods", "/repos", "/v1/customers"]);
  } finally {
    await server.close();
  }
});
