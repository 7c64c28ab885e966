// The store read once per data version and instance (cached-knowledge-store.ts):
// what reaches DynamoDB, counted by the SDK middleware, on a cold cache, a warm
// one, after a re-seed and at the byte bound. The clock runs on a fake time;
// the database is real.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { validateDataset } from "../seed/dataset.ts";
import { CachedKnowledgeStore } from "../src/cache/cached-knowledge-store.ts";
import { DataVersionClock } from "../src/data-version-clock.ts";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { loadSeed } from "../src/store/seed-loader.ts";
import { DASHBOARD } from "./support/dashboard.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { graphqlClient } from "./support/graphql.ts";

const MAX_AGE_MS = 5000;
const SETTLE_MS = 1000;

let t: TestDatabase;
let counter: RequestCounter;
let time: number;
const now = () => time;

function cachedStore(maxBytes?: number) {
  const clock = new DataVersionClock({ read: () => t.store.dataVersion(), maxAgeMs: MAX_AGE_MS, settleMs: SETTLE_MS, now });
  return new CachedKnowledgeStore(t.store, clock, { now, ...(maxBytes ? { maxBytes } : {}) });
}

/** Lets the version read in flight answer, then the version settle. */
async function settle(store: CachedKnowledgeStore) {
  await store.dataVersion();
  time += SETTLE_MS;
}

async function dashboard(ask: ReturnType<typeof graphqlClient>) {
  counter.reset();
  const result = await ask(DASHBOARD);
  expect(result.errors).toBeUndefined();
  return { requests: { ...counter.byOperation }, countries: (result.data?.countries as { name: string }[]).map((c) => c.name) };
}

beforeAll(async () => {
  t = await startTestDatabase();
  counter = countRequests(t.doc);
});

afterAll(async () => {
  await t?.close();
});

beforeEach(() => {
  time = 1_000_000;
});

describe("the store cached per data version", () => {
  it("costs P1's 13 Queries and one version read on a cold cache, and nothing once the version has settled and the cache is warm", async () => {
    const store = cachedStore();
    const ask = graphqlClient(store);
    expect((await dashboard(ask)).requests).toEqual({ Query: 13, GetItem: 1 });
    await settle(store);
    expect((await dashboard(ask)).requests).toEqual({ Query: 13 });
    const warm = await dashboard(ask);
    expect(warm.requests).toEqual({});
    expect(warm.countries).toContain("Kazakhstan");
  });

  it("reads the version in the background after half its bound, and never waits for it within the bound", async () => {
    const store = cachedStore();
    const ask = graphqlClient(store);
    await dashboard(ask);
    await settle(store);
    await dashboard(ask);
    time += MAX_AGE_MS * 0.6;
    const refreshed = await dashboard(ask);
    // The background read is the only request, and the answer came from the cache.
    expect(refreshed.requests).toEqual({ GetItem: 1 });
    counter.reset();
    expect(await store.dataVersion()).not.toBeNull();
    expect(counter.total()).toBe(0);
  });

  it("checks the version past its bound, reading beside the check, and keeps no answer of a new version before it settles", async () => {
    const store = cachedStore();
    const ask = graphqlClient(store);
    await dashboard(ask);
    await settle(store);
    await dashboard(ask);
    const changed = validateDataset({ ...t.dataset, countries: t.dataset.countries.map((c) => (c.code === "KZ" ? { ...c, name: "Qazaqstan" } : c)) });
    await loadSeed(t.doc, t.config.tableName, changed);
    try {
      time += MAX_AGE_MS + 1;
      const afterBound = await dashboard(ask);
      expect(afterBound.countries).toContain("Qazaqstan");
      expect(afterBound.requests).toEqual({ Query: 13, GetItem: 1 });
      // Once the check has answered, what was kept for the old version goes, and nothing is kept yet.
      const version = await store.dataVersion();
      await store.listCountries();
      expect(store.cache.stats()).toMatchObject({ version, entries: 0 });
      await settle(store);
      expect((await dashboard(ask)).requests).toEqual({ Query: 13 });
      const warm = await dashboard(ask);
      expect(warm.requests).toEqual({});
      expect(warm.countries).toContain("Qazaqstan");
    } finally {
      await loadSeed(t.doc, t.config.tableName, t.dataset);
    }
  });

  it("stays within its byte bound, dropping the least recently used", async () => {
    const maxBytes = 40_000;
    const store = cachedStore(maxBytes);
    const ask = graphqlClient(store);
    await dashboard(ask);
    await settle(store);
    await dashboard(ask);
    const { bytes, entries } = store.cache.stats();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(maxBytes);
    // Not everything fits, so a repeat still reads some of it.
    expect((await dashboard(ask)).requests.Query).toBeGreaterThan(0);
    expect(entries).toBeGreaterThan(0);
  });

  it("shares kept records between callers and keeps them from being changed", async () => {
    const store = cachedStore();
    await store.listCountries();
    await settle(store);
    const first = await store.listCountries();
    counter.reset();
    const second = await store.listCountries();
    expect(counter.total()).toBe(0);
    expect(second).toBe(first);
    expect(() => (first as { name: string }[])[0]!.name = "changed").toThrow(TypeError);
  });
});
