// quality.md P4's bound: answers are cached per data version, and the version
// is re-read at most every `dataVersionMaxAgeMs`, so after a re-seed no stale
// answer is served once that bound has passed — neither a cached body nor a
// 304 for an old ETag. Real timers, a small bound.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataVersionClockOf } from "../src/data-version-clock.ts";
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

function ask(query: string, headers: Record<string, string> = {}): Promise<Response> {
  return server.fetch(
    new Request("http://localhost:4000/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
      body: JSON.stringify({ query }),
    }),
  );
}

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
    etag = cached.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    expect((await ask(QUERY, { "if-none-match": etag })).status).toBe(304);
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
    const revalidated = await ask(QUERY, { "if-none-match": etag });
    expect(revalidated.status).toBe(200);
    expect(await names(revalidated)).toContain("Qazaqstan");
  });
});
