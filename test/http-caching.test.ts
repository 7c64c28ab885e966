// GraphQL over GET as browsers and CDNs cache it, through both doors: ETag and
// Cache-Control from the data-version bound, 304 on If-None-Match, POST never
// marked cacheable; automatic persisted queries (hash only, over GET).
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { handler as Handler } from "../src/lambda/graphql.ts";
import { silentLogger } from "../src/logger.ts";
import { dataVersionClockOf } from "../src/data-version-clock.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { httpApiEvent } from "./support/events.ts";

const QUERY = "query Capitals { countries { code capital } }";
// The doors' default bound (DATA_VERSION_MAX_AGE_MS, 5 s): max-age 5, stale for a minute more.
const CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=60";

let t: TestDatabase;
let lambda: typeof Handler;
let local: ReturnType<typeof createApp>;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

const doors: Record<string, (method: "GET" | "POST", params: Record<string, unknown>, headers?: Record<string, string>) => Promise<Answer>> = {
  local: async (method, params, headers = {}) => {
    const search = method === "GET" ? `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))}` : "";
    const response = await local.fetch(
      new Request(`http://127.0.0.1:4000/graphql${search}`, {
        method,
        headers: { accept: "application/graphql-response+json", ...(method === "POST" ? { "content-type": "application/json" } : {}), ...headers },
        body: method === "POST" ? JSON.stringify(params) : undefined,
      }),
    );
    const text = await response.text();
    return { status: response.status, headers: Object.fromEntries(response.headers), body: text ? JSON.parse(text) : null };
  },
  lambda: async (method, params, headers = {}) => {
    const query = method === "GET" ? new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)])).toString() : undefined;
    const result = await lambda(
      httpApiEvent({
        method,
        path: "/graphql",
        query,
        headers: { accept: "application/graphql-response+json", ...(method === "POST" ? { "content-type": "application/json" } : {}), ...headers },
        body: method === "POST" ? JSON.stringify(params) : undefined,
      }),
    );
    return { status: result.statusCode ?? 0, headers: (result.headers ?? {}) as Record<string, string>, body: result.body ? JSON.parse(result.body) : null };
  },
};

beforeAll(async () => {
  t = await startTestDatabase();
  Object.assign(process.env, t.env);
  ({ handler: lambda } = await import("../src/lambda/graphql.ts"));
  local = createApp({ store: t.store, dataVersions: dataVersionClockOf(t.store, 5000), logger: silentLogger });
  // Each door reads the data version, which must settle before answers are cached.
  await Promise.all(Object.values(doors).map((ask) => ask("GET", { query: QUERY })));
  await sleep(1100);
});
afterAll(async () => {
  for (const name of Object.keys(t.env)) delete process.env[name];
  await t.close();
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe.each(Object.entries(doors))("HTTP caching through the %s door", (_, ask) => {
  it("answers GET with an ETag and public Cache-Control, and 304 when it matches", async () => {
    const first = await ask("GET", { query: QUERY });
    expect(first.status).toBe(200);
    expect(first.body.data.countries).toHaveLength(5);
    expect(first.headers["cache-control"]).toBe(CACHE_CONTROL);
    expect(first.headers.vary).toMatch(/accept/i);
    const etag = first.headers.etag ?? "";
    expect(etag).toMatch(/^".+"$/);
    const again = await ask("GET", { query: `${QUERY} # the same operation` }, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers["cache-control"]).toBe(CACHE_CONTROL);
    expect((await ask("GET", { query: QUERY }, { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("never marks POST answers cacheable", async () => {
    const posted = await ask("POST", { query: QUERY });
    expect(posted.status).toBe(200);
    expect(posted.headers["cache-control"]).toBe("no-store");
    expect(posted.headers.etag).toBeUndefined();
  });

  it("marks errors no-store", async () => {
    const failed = await ask("GET", { query: "{ countries { nope } }" });
    expect(failed.status).toBe(400);
    expect(failed.headers["cache-control"]).toBe("no-store");
  });

  it("runs automatic persisted queries: unknown hash, then hash and query, then hash alone over GET", async () => {
    const query = `query Persisted${_} { periods { ordinal title } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await ask("GET", { extensions });
    expect(unknown.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.headers["cache-control"]).toBe("no-store");
    const stored = await ask("GET", { query, extensions });
    expect(stored.status).toBe(200);
    const byHash = await ask("GET", { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body).toEqual(stored.body);
    expect(byHash.headers["cache-control"]).toBe(CACHE_CONTROL);
    const mismatch = await ask("GET", { query: "{ periods { ordinal } }", extensions });
    expect(mismatch.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_MISMATCH");
  });
});
