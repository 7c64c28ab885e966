// quality.md P1: the dashboard operation costs one Query per list per parent
// and one read of each reference table, never a request per referenced record,
// and the count does not grow with the data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../seed/dataset.ts";
import { versionedStoreOf } from "../src/cache/versioned-store.ts";
import { wantedReferences } from "../src/graphql/wanted-references.ts";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { DASHBOARD } from "./support/dashboard.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { type GraphQLResult, graphqlClient } from "./support/graphql.ts";
import { SCALE, scaledDataset } from "./support/scaled-dataset.ts";

// countries 1, aidFigures 5 (one per country), initiatives 5 (one page per
// country), periods 1 (also serves every initiative's period), sources 1.
const DASHBOARD_REQUESTS = { Query: 13 };

interface Measured {
  result: GraphQLResult;
  counter: RequestCounter;
}

async function dashboardOn(t: TestDatabase): Promise<Measured> {
  const counter = countRequests(t.doc);
  const result = await graphqlClient(t.store)(DASHBOARD);
  return { result, counter };
}

const citedSources = (result: GraphQLResult) => new Set(JSON.stringify(result.data).match(/"source":\{"title":"[^"]*"/g) ?? []).size;

describe("DynamoDB requests of the dashboard operation", () => {
  const open: TestDatabase[] = [];
  let seed: Measured;
  let scaled: Measured;

  beforeAll(async () => {
    const seedDb = await startTestDatabase();
    open.push(seedDb);
    seed = await dashboardOn(seedDb);
    const scaledDb = await startTestDatabase({ dataset: scaledDataset(await loadDataset()) });
    open.push(scaledDb);
    scaled = await dashboardOn(scaledDb);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(open.map((t) => t.close()));
  });

  it("costs 13 requests on the seed data, within quality.md's 16", () => {
    expect(seed.result.errors).toBeUndefined();
    expect(seed.counter.byOperation).toEqual(DASHBOARD_REQUESTS);
    expect(seed.counter.total()).toBeLessThanOrEqual(16);
  });

  it(`costs the same on ${SCALE} times the initiatives, aid figures and citations`, () => {
    expect(scaled.result.errors).toBeUndefined();
    // The scaled answer really is bigger: every country lists ~250 aid figures citing hundreds of sources.
    const aidFigures = (scaled.result.data?.countries as { aidFigures: unknown[] }[]).reduce((n, c) => n + c.aidFigures.length, 0);
    expect(aidFigures).toBeGreaterThan(SCALE * 20);
    expect(citedSources(scaled.result)).toBeGreaterThan(100);
    expect(scaled.counter.byOperation).toEqual(DASHBOARD_REQUESTS);
  });
});

describe("reference tables an operation starts reading at once", () => {
  let t: TestDatabase;
  let counter: RequestCounter;
  beforeAll(async () => {
    t = await startTestDatabase();
    counter = countRequests(t.doc);
  });
  afterAll(async () => {
    await t?.close();
  });

  const countFor = async (query: string) => {
    // A fresh per-version store each time: every read goes to DynamoDB.
    const { store } = versionedStoreOf(t.store, 60_000);
    const before = counter.total();
    const result = await graphqlClient(store)(query);
    expect(result.errors).toBeUndefined();
    return counter.total() - before;
  };

  it("reads neither periods nor sources for an operation that names neither", async () => {
    const plain = await countFor('{ country(code: "KZ") { name capital } }');
    expect(await countFor('{ country(code: "KZ") { name capital initiatives(first: 1) { edges { node { period { title } } } } } }')).toBeGreaterThan(plain + 1);
    expect(await countFor('{ country(code: "KZ") { name capital citations { source { title } } } }')).toBe(plain + 1);
  });

  it("names the tables from the operation's text, and both when there is none", () => {
    expect(wantedReferences('{ country(code: "KZ") { name } }')).toEqual([]);
    expect(wantedReferences("{ periods { title } }")).toEqual(["Period"]);
    expect(wantedReferences("{ countries { citations { source { title } } } }")).toEqual(["Source"]);
    expect(wantedReferences('{ node(id: "x") { id } }')).toEqual(["Period", "Source"]);
    expect(wantedReferences(undefined)).toEqual(["Period", "Source"]);
  });
});
