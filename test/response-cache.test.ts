// quality.md P4's bound: answers are cached per data version, and the version
// is re-read at most every `dataVersionMaxAgeMs`, so after a re-seed no stale
// answer is served once that bound has passed — neither a cached body nor a
// 304 for an old ETag. Real timers, a small bound. The key is the operation,
// not its layout; the cache is bounded in entries and in bytes.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataVersionClock, dataVersionClockOf } from "../src/data-version-clock.ts";
import { ResponseCache } from "../src/graphql/response-cache.ts";
import { createGraphQLServer } from "../src/graphql/server.ts";
import { silentLogger } from "../src/logger.ts";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { loadSeed } from "../src/store/seed-loader.ts";
import { validateDataset } from "../seed/dataset.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

const MAX_AGE_MS = 300;
// A new version is cached only after it settles (DataVersionClock's default, 1 s).
const SETTLE_MS = 1000;
const QUERY = "{ countries { code name } }";

let t: TestDatabase;
let counter: RequestCounter;
let server: ReturnType<typeof createGraphQLServer>;

beforeAll(async () => {
  t = await startTestDatabase();
  counter = countRequests(t.doc);
  server = createGraphQLServer({ store: t.store, dataVersions: dataVersionClockOf(t.store, MAX_AGE_MS), logger: silentLogger });
});

afterAll(async () => {
  await t?.close();
});

/** The operation over GET, as browsers and CDNs cache it. */
function get(query: string, headers: Record<string, string> = {}, params: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams({ query, ...params });
  return server.fetch(new Request(`http://localhost:4000/graphql?${search}`, { headers: { accept: "application/graphql-response+json", ...headers } }));
}

function ask(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return server.fetch(
    new Request("http://localhost:4000/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query }),
    }),
  );
}

const cacheStats = () => server.cache?.stats() ?? { hits: 0, misses: 0 };

const names = async (response: Response) => ((await response.json()) as { data: { countries: { name: string }[] } }).data.countries.map((c) => c.name);

describe("the per-version response cache", () => {
  let etag: string;

  it("answers a repeated operation from the cache, without DynamoDB requests", async () => {
    await ask(QUERY);
    await sleep(SETTLE_MS + 50);
    await ask(QUERY);
    counter.reset();
    const cached = await ask(QUERY);
    expect(counter.total()).toBe(0);
    expect(await names(cached)).toContain("Kazakhstan");
    expect(cached.headers.get("cache-control")).toBe("no-store");
    expect(cached.headers.get("etag")).toBeNull();
    const overGet = await get(QUERY);
    expect(counter.total()).toBe(0);
    etag = overGet.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    expect(overGet.headers.get("cache-control")).toBe("public, max-age=1, stale-while-revalidate=12");
    expect((await get(QUERY, { "if-none-match": etag })).status).toBe(304);
    expect((await ask(QUERY, { "if-none-match": etag })).status).toBe(200);
  });

  it("keys on the operation: comments and whitespace share an entry, variables and names do not", async () => {
    const before = cacheStats();
    await get(QUERY);
    await get(`# the five republics\n${QUERY.replace(/ /g, "\n  ")}  # and their names`);
    await get(`${QUERY} # trailing comment`);
    const after = cacheStats();
    expect(after.hits - before.hits).toBe(3);
    expect(after.misses - before.misses).toBe(0);
    const named = "query One($code: String!) { country(code: $code) { name } } query Two { periods { ordinal } }";
    const kz = await (await get(named, {}, { variables: '{"code":"KZ"}', operationName: "One" })).json();
    const uz = await (await get(named, {}, { variables: '{"code":"UZ"}', operationName: "One" })).json();
    const two = await (await get(named, {}, { variables: '{"code":"UZ"}', operationName: "Two" })).json();
    expect([kz.data.country.name, uz.data.country.name, two.data.periods.length]).toEqual(["Kazakhstan", "Uzbekistan", 5]);
  });

  it("does not cache answers with errors", async () => {
    const failed = await ask('{ country(code: "K1") { name } }');
    expect(((await failed.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    expect(failed.headers.get("etag")).toBeNull();
  });

  it(`serves no stale answer once ${MAX_AGE_MS} ms have passed after a re-seed`, async () => {
    const changed = validateDataset({ ...t.dataset, countries: t.dataset.countries.map((c) => (c.code === "KZ" ? { ...c, name: "Qazaqstan" } : c)) });
    await loadSeed(t.doc, t.config.tableName, changed);
    const seeded = Date.now();
    // Past the bound, through the settling of the new version and its caching.
    let afterBound = 0;
    while (Date.now() - seeded < MAX_AGE_MS + SETTLE_MS + 500) {
      const asked = Date.now();
      const answer = await names(await ask(QUERY));
      if (asked - seeded > MAX_AGE_MS) {
        afterBound++;
        expect(answer).toContain("Qazaqstan");
      }
      await sleep(20);
    }
    expect(afterBound).toBeGreaterThan(10);
    const revalidated = await get(QUERY, { "if-none-match": etag });
    expect(revalidated.status).toBe(200);
    expect(await names(revalidated)).toContain("Qazaqstan");
  });
});

describe("the response cache's bounds", () => {
  const answerOf = (bytes: number) => async () => ({ response: Response.json({ data: { text: "x".repeat(bytes) } }), failed: false });
  const request = (n: number) => new Request(`http://localhost/graphql?query=${encodeURIComponent(`{ q${n} }`)}`);
  async function cacheWith(limits: { maxEntries: number; maxBytes: number }) {
    const clock = new DataVersionClock({ read: async () => "v1", maxAgeMs: 60_000, settleMs: 0 });
    await clock.cacheable();
    return new ResponseCache(clock, limits);
  }

  it("keeps at most maxEntries answers, the least recently used going first", async () => {
    const cache = await cacheWith({ maxEntries: 3, maxBytes: 1 << 20 });
    for (let n = 0; n < 5; n++) await cache.handle(request(n), Buffer.alloc(0), answerOf(10));
    expect(cache.stats().entries).toBe(3);
    await cache.handle(request(4), Buffer.alloc(0), answerOf(10));
    await cache.handle(request(0), Buffer.alloc(0), answerOf(10));
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 6, entries: 3 });
  });

  it("keeps at most maxBytes of answers, and never one larger than that", async () => {
    const cache = await cacheWith({ maxEntries: 100, maxBytes: 10_000 });
    for (let n = 0; n < 10; n++) await cache.handle(request(n), Buffer.alloc(0), answerOf(3000));
    expect(cache.stats().entries).toBe(3);
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    await cache.handle(request(99), Buffer.alloc(0), answerOf(20_000));
    expect(cache.stats().entries).toBe(3);
  });

  it("keeps no answer whose result carried errors", async () => {
    const cache = await cacheWith({ maxEntries: 100, maxBytes: 1 << 20 });
    const failed = async () => ({ response: Response.json({ errors: [{ message: "no" }], data: null }), failed: true });
    const answer = await cache.handle(request(1), Buffer.alloc(0), failed);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(cache.stats()).toMatchObject({ misses: 1, entries: 0 });
  });
});
