// totalCount on InitiativeConnection and AidFigureConnection: the size of the
// whole filtered list (checked against walking every page of it), at one
// counting Query per connection and never a Scan, and only when selected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { graphqlClient } from "./support/graphql.ts";

let t: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
let counter: RequestCounter;

beforeAll(async () => {
  t = await startTestDatabase();
  gql = graphqlClient(t.store);
  counter = countRequests(t.doc);
});
afterAll(async () => {
  await t?.close();
});

/** The list's length found by walking all its pages, two at a time. */
async function walk(field: "initiatives" | "aidFigures", filter: string): Promise<number> {
  let after: string | null = null;
  let seen = 0;
  for (;;) {
    const { data, errors } = await gql(`query($after: String) { ${field}(first: 2, after: $after, filter: ${filter}) { edges { cursor } pageInfo { hasNextPage endCursor } } }`, { after });
    expect(errors).toBeUndefined();
    const connection = data?.[field];
    seen += connection.edges.length;
    if (!connection.pageInfo.hasNextPage) return seen;
    after = connection.pageInfo.endCursor;
  }
}

async function totalOf(field: "initiatives" | "aidFigures", filter: string): Promise<number> {
  const { data, errors } = await gql(`{ ${field}(first: 1, filter: ${filter}) { totalCount } }`);
  expect(errors).toBeUndefined();
  return data?.[field].totalCount;
}

describe("totalCount", () => {
  it.each([
    ["initiatives", "{}"],
    ["initiatives", '{ periodOrdinal: 3, text: "dialogue" }'],
    ["initiatives", '{ countryCode: "UZB", kind: VISIT }'],
    ["initiatives", "{ fromYear: 2000, toYear: 2010 }"],
    ["aidFigures", "{}"],
    ["aidFigures", "{ regional: true }"],
    ["aidFigures", '{ countryCode: "kz", kind: LOAN }'],
    ["aidFigures", "{ regional: false, year: 2003 }"],
  ] as const)("of %s filtered by %s is the length of the whole list", async (field, filter) => {
    const walked = await walk(field, filter);
    expect(await totalOf(field, filter)).toBe(walked);
  });

  it("is 0 for a filter that matches nothing", async () => {
    expect(await totalOf("aidFigures", '{ countryCode: "KZ", regional: true }')).toBe(0);
    expect(await totalOf("initiatives", '{ text: "no such words anywhere" }')).toBe(0);
  });

  it("counts a country's and a period's initiatives", async () => {
    const { data } = await gql('{ country(code: "KZ") { initiatives(first: 1) { totalCount } } period(ordinal: 2) { initiatives(first: 1) { totalCount } } }');
    expect(data?.country.initiatives.totalCount).toBe(await walk("initiatives", '{ countryCode: "KZ" }'));
    expect(data?.period.initiatives.totalCount).toBe(await walk("initiatives", "{ periodOrdinal: 2 }"));
  });

  it("costs one Query per connection, never a Scan, and nothing when not selected", async () => {
    const requests = async (query: string) => {
      counter.reset();
      expect((await gql(query)).errors).toBeUndefined();
      return { ...counter.byOperation };
    };
    const page = '{ initiatives(first: 2, filter: { periodOrdinal: 3, text: "dialogue" }) { edges { cursor } } }';
    const counted = '{ initiatives(first: 2, filter: { periodOrdinal: 3, text: "dialogue" }) { totalCount edges { cursor } } }';
    expect(await requests(counted)).toEqual({ Query: ((await requests(page)).Query ?? 0) + 1 });
    const perCountry = await requests("{ countries { initiatives(first: 1) { totalCount } } }");
    const withoutCounts = await requests("{ countries { initiatives(first: 1) { edges { cursor } } } }");
    expect(perCountry).toEqual({ Query: (withoutCounts.Query ?? 0) + 5 });
  });
});
