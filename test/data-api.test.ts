// The contract additions of issue 13: offline, the exact requests of the new
// filters and reference tables; on dynalite, what a client gets back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRequests } from "../src/store/request-counter.ts";
import { contextFigureItems, contextFiguresBySlug } from "../src/store/entities/context-figure.ts";
import { initiativesQuery } from "../src/store/entities/initiative.ts";
import { statementItems, statementsBySlug } from "../src/store/entities/statement.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { type GraphQLResult, graphqlClient } from "./support/graphql.ts";

describe("offline: the new access patterns", () => {
  it("filters initiatives by actor on the record's own list; JAPAN also matches records naming none", () => {
    expect(initiativesQuery({ actor: "CHINA" })).toMatchObject({
      IndexName: "gsi1",
      FilterExpression: "contains(#data.#actors, :actor)",
      ExpressionAttributeNames: { "#data": "data", "#actors": "actors" },
      ExpressionAttributeValues: { ":pk": "INITIATIVE", ":actor": "CHINA" },
    });
    expect(initiativesQuery({ actor: "JAPAN" }).FilterExpression).toBe("(attribute_not_exists(#data.#actors) OR contains(#data.#actors, :actor))");
  });

  it("filters by topic, together with text and country, in one Query", () => {
    expect(initiativesQuery({ countryCode: "KG", topic: "TRANSPORT", text: "road" })).toEqual({
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
      FilterExpression: "contains(#search, :text) AND contains(#data.#topics, :topic)",
      ExpressionAttributeNames: { "#data": "data", "#topics": "topics", "#search": "search" },
      ExpressionAttributeValues: { ":pk": "COUNTRY#KG", ":low": "INITIATIVE#0000", ":high": "INITIATIVE#9999~", ":text": "road", ":topic": "TRANSPORT" },
    });
  });

  it("reads statements and context figures whole from the by-type index", () => {
    expect(statementsBySlug()).toEqual({ IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": "STATEMENT" } });
    expect(contextFiguresBySlug()).toEqual({ IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": "CONTEXTFIGURE" } });
    const statement = { slug: "s", kind: "AIM" as const, topics: ["ENERGY" as const], text: "t", countries: [], contrasts: [], citations: [{ source: "x" }] };
    expect(statementItems(statement).map(({ data, ...keys }) => keys)).toEqual([
      { pk: "STATEMENT#s", sk: "STATEMENT#s", gsi1pk: "STATEMENT", gsi1sk: "s", type: "Statement", v: 1 },
    ]);
    const figure = { slug: "f", kind: "DISTANCE" as const, label: "l", quantity: { value: "50", upTo: "70", unit: "KILOMETRES" as const, approximate: true }, topics: ["TRANSPORT" as const], citations: [{ source: "x" }] };
    expect(contextFigureItems(figure)[0]).toMatchObject({ pk: "CONTEXT#f", gsi1pk: "CONTEXTFIGURE", gsi1sk: "f", type: "ContextFigure" });
  });
});

describe("on dynalite, through GraphQL", () => {
  let t: TestDatabase;
  let gql: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult>;
  beforeAll(async () => {
    t = await startTestDatabase();
    gql = graphqlClient(t.store);
  });
  afterAll(() => t.close());

  const slugs = async (filter: Record<string, unknown>) => {
    const r = await gql("query($f: InitiativeFilter) { initiatives(first: 100, filter: $f) { edges { node { slug actor actors topics } } } }", { f: filter });
    expect(r.errors).toBeUndefined();
    return r.data?.initiatives.edges.map((e: { node: { slug: string } }) => e.node.slug).sort();
  };

  it("serves other powers' initiatives beside Japan's, by actor", async () => {
    const byActor = (actor: string) => t.dataset.initiatives.filter((i) => (i.actors ?? ["JAPAN"]).includes(actor as never)).map((i) => i.slug).sort();
    expect(await slugs({ actor: "CHINA" })).toEqual(byActor("CHINA"));
    expect(byActor("CHINA")).toEqual(["china-pakistan-economic-corridor-2015", "one-belt-one-road-2013", "shanghai-cooperation-organization-2001"]);
    expect(await slugs({ actor: "JAPAN" })).toEqual(byActor("JAPAN"));
    expect(await slugs({ actor: "RUSSIA", countryCode: "UZB" })).toEqual([]);
    const r = await gql('{ initiative(slug: "adb-carec-program-1997") { actor actors } }');
    expect(r.data?.initiative).toEqual({ actor: "ASIAN_DEVELOPMENT_BANK", actors: ["ASIAN_DEVELOPMENT_BANK", "JAPAN"] });
  });

  it("filters initiatives by topic, with other filters", async () => {
    const water = t.dataset.initiatives.filter((i) => i.topics?.includes("WATER")).map((i) => i.slug).sort();
    expect(water.length).toBeGreaterThan(1);
    expect(await slugs({ topic: "WATER" })).toEqual(water);
    expect(await slugs({ topic: "WATER", countryCode: "TJ" })).toEqual(["tj-panj-water-supply-grant-2014"]);
  });

  it("says what a date means: signed, in force, ended", async () => {
    const r = await gql(`{ t: initiative(slug: "canwfz-treaty") { year signedYear inForceYear endedYear endYear }
                           a: initiative(slug: "arc-of-freedom-and-prosperity") { year endedYear endYear } }`);
    expect(r.data).toEqual({
      t: { year: 2006, signedYear: 2006, inForceYear: 2009, endedYear: null, endYear: null },
      a: { year: 2005, endedYear: 2009, endYear: 2009 },
    });
  });

  it("tells an initiative's amounts apart, and says the $45 billion covers Mongolia too", async () => {
    const r = await gql(`{ initiative(slug: "kg-highways-manas-airport-2015") { labelledAmounts { label amount { value currency } } }
      aidFigures(first: 100, filter: { regional: true }) { edges { node { kind scope amount { value } } } } }`);
    expect(r.data?.initiative.labelledAmounts).toEqual([
      { label: "loan: international main roads improvement", amount: { value: "11915000000", currency: "JPY" } },
      { label: "grants: Manas airport equipment", amount: { value: "1630000000", currency: "JPY" } },
    ]);
    const regional = r.data?.aidFigures.edges.map((e: { node: unknown }) => e.node);
    expect(regional).toContainEqual({ kind: "CONTRACTS", scope: "CENTRAL_ASIA_AND_MONGOLIA", amount: { value: "45000000000" } });
    expect(regional).toContainEqual({ kind: "CONTRACTS", scope: "CENTRAL_ASIA", amount: { value: "28000000000" } });
    const tm = await gql('{ aidFigures(filter: { kind: ALLOCATION }) { edges { node { scope country { code } amount { value approximate } } } } }');
    expect(tm.data?.aidFigures.edges).toEqual([{ node: { scope: "COUNTRY", country: { code: "TM" }, amount: { value: "24000000000", approximate: true } } }]);
  });

  it("filters a country's facts by topic", async () => {
    const r = await gql('{ country(code: "KZ") { all: facts { topic topics } nuclear: facts(topic: NUCLEAR) { topic } } }');
    const nuclear = r.data?.country.all.filter((f: { topics: string[] }) => f.topics.includes("NUCLEAR")).map((f: { topic: string }) => ({ topic: f.topic }));
    expect(nuclear.length).toBeGreaterThan(0);
    expect(r.data?.country.nuclear).toEqual(nuclear);
  });

  it("serves statements, filtered, with each conflict shown from both sides, in one read", async () => {
    const counter = countRequests(t.doc);
    const r = await gql(`{ assessments: statements(filter: { kind: ASSESSMENT, topic: DIPLOMACY }) { slug contrasts { slug contrasts { slug } } citations { source { slug } } }
                           kz: statements(filter: { countryCode: "kaz" }) { slug }
                           none: statements(filter: { countryCode: "FR" }) { slug } }`);
    expect(r.errors).toBeUndefined();
    const platform = r.data?.assessments.find((s: { slug: string }) => s.slug === "dialogue-actual-platform");
    expect(platform.contrasts).toEqual([{ slug: "japan-prefers-bilateral-ties", contrasts: [{ slug: "dialogue-actual-platform" }] }]);
    expect(r.data?.kz.map((s: { slug: string }) => s.slug).sort()).toEqual(t.dataset.statements.filter((s) => s.countries.includes("KZ")).map((s) => s.slug).sort());
    expect(r.data?.none).toEqual([]);
    // One read of the statements and one of the sources their citations name, however many aliases ask.
    expect(counter.byOperation.Query).toBe(2);
  });

  it("serves context figures by kind and topic", async () => {
    const r = await gql(`{ contextFigures(filter: { topic: ENERGY }) { slug kind year quantity { value upTo unit approximate } }
                           distance: contextFigures(filter: { kind: DISTANCE }) { quantity { value upTo unit approximate } } }`);
    expect(r.data?.contextFigures.map((f: { slug: string }) => f.slug)).toEqual(["japan-gas-consumption", "japan-gas-consumption-outlook-2020", "japan-oil-consumption"]);
    expect(r.data?.distance).toEqual([{ quantity: { value: "50", upTo: "70", unit: "KILOMETRES", approximate: true } }]);
  });
});
