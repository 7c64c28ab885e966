// Item 6 of the second attack: operations whose DynamoDB requests grow with a
// page size are refused by the cost model, which charges every nested list the
// store reads once per parent; the most a still-admitted operation can make is
// bounded, whatever the data holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBriefingHandler } from "../src/briefing/fetch-handler.ts";
import { dataVersionClockOf } from "../src/data-version-clock.ts";
import { STORE_REQUEST_COST } from "../src/graphql/connection.ts";
import { silentLogger } from "../src/logger.ts";
import { LIMITS } from "../src/graphql/limits.ts";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { DASHBOARD } from "./support/dashboard.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { graphqlClient } from "./support/graphql.ts";

let t: TestDatabase;
let counter: RequestCounter;
beforeAll(async () => {
  t = await startTestDatabase();
  counter = countRequests(t.doc);
});
afterAll(() => t.close());

/** Lists read once per parent, under lists of parents. */
const NESTED = {
  "initiatives of each initiative's countries": (n: number) => `{ initiatives(first: ${n}) { edges { node { countries { initiatives(first: 1) { edges { cursor } } } } } } }`,
  "aid figures of each initiative's countries": (n: number) => `{ initiatives(first: ${n}) { edges { node { countries { aidFigures { kind } } } } } }`,
  "initiatives of each aid figure's country": (n: number) => `{ aidFigures(first: ${n}) { edges { node { country { initiatives(first: 1) { edges { cursor } } } } } } }`,
  "initiatives of each period, nested": (n: number) => `{ periods { initiatives(first: ${n}) { edges { node { countries { initiatives(first: 1) { edges { cursor } } } } } } } }`,
};

describe("the cost model charges nested store reads per parent", () => {
  it.each(Object.entries(NESTED))("refuses %s over a page of 100 with QUERY_TOO_COMPLEX", async (_name, build) => {
    counter.reset();
    const r = await graphqlClient(t.store)(build(100));
    expect(r.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(r.data ?? null).toBeNull();
    expect(counter.total()).toBe(0);
  });

  it.each(Object.entries(NESTED))("admits %s only while its requests stay within the budget", async (_name, build) => {
    // The largest page the model admits, and the requests it then makes.
    let admitted = 0;
    for (let n = 1; n <= 100; n++) {
      const r = await graphqlClient(t.store)(build(n));
      if (r.errors?.[0]?.extensions?.code === "QUERY_TOO_COMPLEX") break;
      expect(r.errors).toBeUndefined();
      admitted = n;
    }
    counter.reset();
    await graphqlClient(t.store)(build(Math.max(admitted, 1)));
    expect(counter.total()).toBeLessThanOrEqual(LIMITS.complexity / STORE_REQUEST_COST + 2);
  });

  it("reads the data version of briefings through the bounded clock, not once per download", async () => {
    const briefings = createBriefingHandler({ store: t.store, dataVersions: dataVersionClockOf(t.store, 60_000), logger: silentLogger });
    await briefings(new Request("http://api.test/briefings/KZ.pdf"));
    counter.reset();
    for (let i = 0; i < 5; i++) expect((await briefings(new Request("http://api.test/briefings/KZ.pdf"))).status).toBe(200);
    // One read of the country per download (without the clock, a second one of the version).
    expect(counter.total()).toBe(5);
  });

  it("still admits the dashboard", async () => {
    const r = await graphqlClient(t.store)(DASHBOARD);
    expect(r.errors).toBeUndefined();
  });
});
