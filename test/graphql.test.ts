import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraphQLServer } from "../src/graphql/server.ts";
import { DynamoKnowledgeStore } from "../src/store/dynamodb-knowledge-store.ts";
import { DASHBOARD } from "./support/dashboard.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { type GraphQLResult, graphqlClient } from "./support/graphql.ts";

let t: TestDatabase;
let gql: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
beforeAll(async () => {
  t = await startTestDatabase();
  gql = graphqlClient(t.store);
});
afterAll(() => t.close());

const codeOf = (r: GraphQLResult) => r.errors?.[0]?.extensions?.code;

describe("GraphQL API on a seeded DynamoDB", () => {
  it("lists the five republics by name with their key facts", async () => {
    const r = await gql("{ countries { code iso3 name capital diplomaticRelationsSince investmentAgreementWithJapan briefingUrl } }");
    expect(r.errors).toBeUndefined();
    expect(r.data?.countries.map((c: { name: string }) => c.name)).toEqual(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]);
    const uz = r.data?.countries.find((c: { code: string }) => c.code === "UZ");
    expect(uz).toMatchObject({ iso3: "UZB", capital: "Tashkent", diplomaticRelationsSince: 1992, investmentAgreementWithJapan: true });
    expect(uz.briefingUrl).toBe("http://localhost:4000/briefings/UZ.pdf");
  });

  it.each(["KZ", "kz", "KAZ", "kaz", " Kz "])("finds a country by code %j", async (code) => {
    const r = await gql("query($c: String!) { country(code: $c) { name } }", { c: code });
    expect(r.data?.country).toEqual({ name: "Kazakhstan" });
  });

  it("answers null for an unknown code and BAD_USER_INPUT for a malformed one", async () => {
    expect((await gql('{ country(code: "FR") { name } }')).data?.country).toBeNull();
    const bad = await gql('{ country(code: "K1Z") { name } }');
    expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    expect(bad.data?.country).toBeNull();
  });

  it("serves Table 1 exactly, with the N/A cell as an amount of null", async () => {
    const r = await gql(`{ country(code: "TJ") { aidFigures { kind basis asOfYear amount { value currency approximate formatted } note citations { locator source { slug } } } } }`);
    const figures = r.data?.country.aidFigures.filter((a: { asOfYear: number; basis: string }) => a.asOfYear === 2018 && a.basis === "CUMULATIVE");
    expect(figures).toHaveLength(3);
    expect(figures.find((a: { kind: string }) => a.kind === "LOAN")).toMatchObject({ amount: null, note: expect.stringMatching(/N\/A/i) });
    expect(figures.find((a: { kind: string }) => a.kind === "GRANT").amount).toEqual({ value: "36000000000", currency: "JPY", approximate: false, formatted: "¥36 billion" });
    expect(figures.every((a: { citations: unknown[] }) => a.citations.length > 0)).toBe(true);
  });

  it("serves the periods chronologically with their initiatives", async () => {
    const r = await gql("{ periods { ordinal startYear endYear title leaders initiatives(first: 50) { edges { node { year period { ordinal } } } } } }");
    const periods = r.data?.periods;
    expect(periods.map((p: { ordinal: number }) => p.ordinal)).toEqual([1, 2, 3, 4, 5]);
    expect(periods[0]).toMatchObject({ startYear: 1992, endYear: 1997 });
    expect(periods[4].endYear).toBeNull();
    for (const p of periods) {
      for (const { node } of p.initiatives.edges) expect(node.period.ordinal).toBe(p.ordinal);
    }
    expect((await gql("{ period(ordinal: 2) { title } }")).data?.period.title).toBe(periods[1].title);
    expect((await gql("{ period(ordinal: 9) { title } }")).data?.period).toBeNull();
  });

  it("pages initiatives with opaque cursors and an exact hasNextPage", async () => {
    const q = "query($after: String) { initiatives(first: 10, after: $after) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }";
    const slugs: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await gql(q, { after });
      const c = r.data?.initiatives;
      slugs.push(...c.edges.map((e: { node: { slug: string } }) => e.node.slug));
      expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(slugs).size).toBe(t.dataset.initiatives.length);
  });

  it("filters initiatives by country, period, kind, years and text", async () => {
    const q = "query($f: InitiativeFilter) { initiatives(first: 100, filter: $f) { edges { node { slug kind year countries { code } period { ordinal } } } } }";
    const slugs = async (f: Record<string, unknown>) => (await gql(q, { f })).data?.initiatives.edges.map((e: { node: { slug: string } }) => e.node.slug).sort();
    const expect_ = (pred: (i: (typeof t.dataset.initiatives)[number]) => boolean) => t.dataset.initiatives.filter(pred).map((i) => i.slug).sort();
    expect(await slugs({ countryCode: "kgz" })).toEqual(expect_((i) => i.countries.includes("KG")));
    expect(await slugs({ periodOrdinal: 3, kind: "DOCTRINE" })).toEqual(expect_((i) => i.period === 3 && i.kind === "DOCTRINE"));
    expect(await slugs({ fromYear: 2004, toYear: 2006 })).toEqual(expect_((i) => i.year >= 2004 && i.year <= 2006));
    expect(await slugs({ countryCode: "TM", periodOrdinal: 5 })).toEqual(expect_((i) => i.countries.includes("TM") && i.period === 5));
    expect(await slugs({ text: "silk road" })).toEqual(expect_((i) => /silk road/i.test(`${i.name} ${i.summary}`)));
    expect(await slugs({ countryCode: "FR" })).toEqual([]);
  });

  it("finds an initiative by slug with its countries, period, amounts and citations", async () => {
    const agreement = t.dataset.initiatives.find((i) => i.amounts.length === 2)!;
    const r = await gql(
      `query($s: String!) { initiative(slug: $s) { id name kind countries { code } period { ordinal } amounts { value currency approximate formatted } citations { locator quote source { title } } } }`,
      { s: agreement.slug },
    );
    expect(r.data?.initiative.amounts.map((m: { formatted: string }) => m.formatted).sort()).toEqual(["about $28 billion", "about $45 billion"]);
    expect(r.data?.initiative.citations.length).toBeGreaterThanOrEqual(2);
    expect((await gql('{ initiative(slug: "no-such-thing") { name } }')).data?.initiative).toBeNull();
    expect(codeOf(await gql('{ initiative(slug: "Not A Slug!") { name } }'))).toBe("BAD_USER_INPUT");
  });

  it("resolves every kind of node by its global ID, stably", async () => {
    const r = await gql(`{ countries { id } periods { id } sources { id } initiatives(first: 1) { edges { node { id } } } aidFigures(first: 1) { edges { node { id } } } }`);
    const ids = [
      r.data?.countries[0].id,
      r.data?.periods[0].id,
      r.data?.sources[0].id,
      r.data?.initiatives.edges[0].node.id,
      r.data?.aidFigures.edges[0].node.id,
    ];
    expect(Buffer.from(ids[0], "base64").toString()).toBe("Country:KZ");
    for (const id of ids) {
      const node = await gql("query($id: ID!) { node(id: $id) { id __typename } }", { id });
      expect(node.data?.node.id).toBe(id);
    }
  });

  it("answers node IDs: malformed → BAD_USER_INPUT, unknown type → NOT_FOUND, gone → null", async () => {
    const q = "query($id: ID!) { node(id: $id) { id } }";
    expect(codeOf(await gql(q, { id: "%%%" }))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql(q, { id: Buffer.from("Planet:mars").toString("base64") }))).toBe("NOT_FOUND");
    expect((await gql(q, { id: Buffer.from("Country:FR").toString("base64") })).data?.node).toBeNull();
  });

  it("filters aid figures by country, kind, year and region", async () => {
    const q = "query($f: AidFigureFilter) { aidFigures(first: 100, filter: $f) { edges { node { kind asOfYear country { code } amount { currency } } } } }";
    const nodes = async (f: Record<string, unknown>) => (await gql(q, { f })).data?.aidFigures.edges.map((e: { node: unknown }) => e.node);
    const regional = await nodes({ regional: true });
    expect(regional.length).toBeGreaterThanOrEqual(4);
    expect(regional.every((n: { country: unknown }) => n.country === null)).toBe(true);
    const kzLoans = await nodes({ countryCode: "KZ", kind: "LOAN" });
    expect(kzLoans.length).toBe(t.dataset.aidFigures.filter((a) => a.country === "KZ" && a.kind === "LOAN").length);
    expect(await nodes({ year: 2018 })).toHaveLength(15);
    expect(await nodes({ countryCode: "KZ", regional: true })).toEqual([]);
  });

  it("lists sources with their metadata, diacritics intact", async () => {
    const r = await gql("{ sources { slug title author publisher published url } }");
    const avim = r.data?.sources.find((s: { publisher?: string }) => s.publisher?.includes("AVİM"));
    expect(avim).toMatchObject({ author: "Özge Nur Öğütcü", published: "2017-03-31" });
  });

  it("rejects page sizes out of range and foreign cursors with BAD_USER_INPUT", async () => {
    expect(codeOf(await gql("{ initiatives(first: -1) { edges { cursor } } }"))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql("{ initiatives(first: 100000) { edges { cursor } } }"))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql('{ initiatives(after: "garbage!") { edges { cursor } } }'))).toBe("BAD_USER_INPUT");
    expect(codeOf(await gql("{ initiatives(filter: { fromYear: 2010, toYear: 2000 }) { edges { cursor } } }"))).toBe("BAD_USER_INPUT");
  });

  it("runs the dashboard operation of the product docs", async () => {
    const r = await gql(DASHBOARD);
    expect(r.errors).toBeUndefined();
    expect(r.data?.countries).toHaveLength(5);
    expect(r.data?.periods).toHaveLength(5);
  });
});

describe("errors", () => {
  // The seeded store, except that listing sources fails with internal details.
  const brokenStore = () =>
    new (class extends DynamoKnowledgeStore {
      override listSources() {
        return Promise.reject(new Error("secret table detail arn:aws:dynamodb"));
      }
    })(t.doc, t.config.tableName);

  it("masks internal errors and logs them for the owner", async () => {
    const logged: Record<string, unknown>[] = [];
    const r = await graphqlClient(brokenStore(), { info: () => {}, error: (message, data) => logged.push({ message, ...data }) })("{ sources { slug } }");
    expect(r.errors?.[0]).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(JSON.stringify(r)).not.toMatch(/secret|arn:|stack/);
    expect(JSON.stringify(logged)).toMatch(/secret table detail/);
  });

  it("logs each masked error once, with the id of the request that met it", async () => {
    const logged: Record<string, unknown>[] = [];
    const server = createGraphQLServer({ store: brokenStore(), logger: { info: () => {}, error: (message, data) => logged.push({ message, ...data }) } });
    const ask = (id: string) =>
      server.fetch(new Request("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json", "x-request-id": id }, body: JSON.stringify({ query: "{ sources { slug } }" }) }));
    const answers = await Promise.all([ask("request-1"), ask("request-2")]);
    for (const answer of answers) expect((await answer.json()).errors).toHaveLength(1);
    expect(logged.map((l) => [l.message, l.requestId]).sort()).toEqual([
      ["internal error", "request-1"],
      ["internal error", "request-2"],
    ]);
  });
});
