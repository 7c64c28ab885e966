// The offline layer (as ElectroDB's offline tests): every access pattern's
// exact request, pinned without a database, so that a key typo that still
// returns data cannot go unnoticed. The dynalite tests check the results.
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { DynamoKnowledgeStore } from "../src/store/dynamodb-knowledge-store.ts";
import { aidFiguresOfQuery, aidFiguresQuery } from "../src/store/entities/aid-figure.ts";
import { countriesByName } from "../src/store/entities/country.ts";
import { META_KEY } from "../src/store/entities/data-version.ts";
import { INDEXES, KEY_ATTRIBUTES } from "../src/store/entities/indexes.ts";
import { initiativeItems, initiativesQuery } from "../src/store/entities/initiative.ts";
import { itemKey } from "../src/store/entities/keys.ts";
import { periodsChronologically } from "../src/store/entities/period.ts";
import { sourcesBySlug } from "../src/store/entities/source.ts";

describe("the table's layout", () => {
  it("has the by-type index and the initiatives-by-period index, keyed by strings", () => {
    expect(INDEXES).toEqual([
      { name: "gsi1", pk: "gsi1pk", sk: "gsi1sk" },
      { name: "gsi2", pk: "gsi2pk", sk: "gsi2sk" },
    ]);
    expect(KEY_ATTRIBUTES).toEqual(["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk"]);
  });

  it("keys each entity's own item with pk = sk = TYPE#key", () => {
    expect(itemKey("Country", "KAZ")).toEqual({ pk: "COUNTRY#KAZ", sk: "COUNTRY#KAZ" });
    expect(itemKey("Period", "3")).toEqual({ pk: "PERIOD#03", sk: "PERIOD#03" });
    expect(itemKey("Initiative", "tokyo-dialogue")).toEqual({ pk: "INITIATIVE#tokyo-dialogue", sk: "INITIATIVE#tokyo-dialogue" });
    expect(itemKey("AidFigure", "kz-loans")).toEqual({ pk: "AID#kz-loans", sk: "AID#kz-loans" });
    expect(itemKey("Source", "uyama-2018")).toEqual({ pk: "SOURCE#uyama-2018", sk: "SOURCE#uyama-2018" });
    expect(META_KEY).toEqual({ pk: "META", sk: "META" });
  });
});

describe("item mapping", () => {
  it("stores an initiative under its key, in both indexes, and in each of its countries' partitions", () => {
    const visit = { slug: "abe-visit", name: "Abe's visit", kind: "VISIT" as const, year: 2015, month: 10, summary: "Tour of all five", countries: ["KZ", "UZ"], period: 5, amounts: [], citations: [{ source: "s" }] };
    const filterable = { kind: "VISIT", period: 5, search: "abe's visit tour of all five" };
    expect(initiativeItems(visit).map(({ data, ...keys }) => (expect(data).toBe(visit), keys))).toEqual([
      { pk: "INITIATIVE#abe-visit", sk: "INITIATIVE#abe-visit", gsi1pk: "INITIATIVE", gsi1sk: "2015#10#abe-visit", gsi2pk: "PERIOD#05", gsi2sk: "2015#10#abe-visit", ...filterable, type: "Initiative", v: 1 },
      { pk: "COUNTRY#KZ", sk: "INITIATIVE#2015#10#abe-visit", ...filterable, type: "Initiative", v: 1 },
      { pk: "COUNTRY#UZ", sk: "INITIATIVE#2015#10#abe-visit", ...filterable, type: "Initiative", v: 1 },
    ]);
  });
});

describe("list patterns on the by-type index", () => {
  it.each([
    ["countries by name", countriesByName, "COUNTRY"],
    ["periods chronologically", periodsChronologically, "PERIOD"],
    ["sources by slug", sourcesBySlug, "SOURCE"],
  ])("%s", (_, pattern, type) => {
    expect(pattern()).toEqual({ IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :t", ExpressionAttributeValues: { ":t": type } });
  });
});

describe("initiatives", () => {
  it("all of them chronologically: the by-type index over every year", () => {
    expect(initiativesQuery({})).toEqual({
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk BETWEEN :low AND :high",
      ExpressionAttributeValues: { ":pk": "INITIATIVE", ":low": "0000", ":high": "9999~" },
    });
  });

  it("of a period, within years: the period index", () => {
    expect(initiativesQuery({ periodOrdinal: 3, fromYear: 2004, toYear: 2012 })).toEqual({
      IndexName: "gsi2",
      KeyConditionExpression: "gsi2pk = :pk AND gsi2sk BETWEEN :low AND :high",
      ExpressionAttributeValues: { ":pk": "PERIOD#03", ":low": "2004", ":high": "2012~" },
    });
  });

  it("of a country, narrowed by period, kind and text: the country's partition with a filter", () => {
    expect(initiativesQuery({ countryCode: "UZ", periodOrdinal: 2, kind: "VISIT", text: "  Öğütcü ", fromYear: 1999 })).toEqual({
      KeyConditionExpression: "pk = :pk AND sk BETWEEN :low AND :high",
      ExpressionAttributeValues: {
        ":pk": "COUNTRY#UZ",
        ":low": "INITIATIVE#1999",
        ":high": "INITIATIVE#9999~",
        ":kind": "VISIT",
        ":text": "ogutcu",
        ":period": 2,
      },
      FilterExpression: "kind = :kind AND contains(#search, :text) AND period = :period",
      ExpressionAttributeNames: { "#search": "search" },
    });
  });

  it("ignores text that is only spaces and refuses text over 100 characters", () => {
    expect(initiativesQuery({ text: "   " })).not.toHaveProperty("FilterExpression");
    expect(() => initiativesQuery({ text: "x".repeat(101) })).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT" }));
  });
});

describe("aid figures", () => {
  it("of a country by kind, and of the region: a partition by sort-key prefix", () => {
    expect(aidFiguresOfQuery("TJ", "LOAN")).toEqual({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": "COUNTRY#TJ", ":prefix": "AID#LOAN#" },
    });
    expect(aidFiguresOfQuery(null)).toEqual({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": "REGION", ":prefix": "AID#" },
    });
  });

  it("regional ones of a year: the region's partition with a filter", () => {
    expect(aidFiguresQuery({ regional: true, year: 2018 })).toEqual({
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
      ExpressionAttributeValues: { ":pk": "REGION", ":prefix": "AID#", ":year": 2018 },
      FilterExpression: "asOfYear = :year",
    });
  });

  it("per-country ones of a kind: a key range on the by-type index, regional ones sorting last", () => {
    expect(aidFiguresQuery({ regional: false, kind: "GRANT" })).toEqual({
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk AND gsi1sk < :region",
      ExpressionAttributeValues: { ":pk": "AIDFIGURE", ":region": "~", ":kind": "GRANT" },
      FilterExpression: "kind = :kind",
    });
    expect(aidFiguresQuery({})).toEqual({ IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :pk", ExpressionAttributeValues: { ":pk": "AIDFIGURE" } });
  });

  it("a country's regional figures: no request at all", () => {
    expect(aidFiguresQuery({ countryCode: "KZ", regional: true })).toBeNull();
  });
});

describe("the DynamoDB store runs the patterns as they are", () => {
  /** A document client that records each command's input and answers with no items. */
  function recordingClient() {
    const sent: { command: string; input: Record<string, unknown> }[] = [];
    const doc = {
      send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        sent.push({ command: command.constructor.name, input: command.input });
        return { Items: [], Responses: {} };
      },
    } as unknown as DynamoDBDocumentClient;
    return { doc, sent };
  }

  it("adds only the table, the page size and the start key", async () => {
    const { doc, sent } = recordingClient();
    const store = new DynamoKnowledgeStore(doc, "knowledge");
    await store.initiatives({ periodOrdinal: 4 }, { first: 10 });
    await store.listCountries();
    await store.dataVersion();
    expect(sent).toEqual([
      { command: "QueryCommand", input: { ...initiativesQuery({ periodOrdinal: 4 }), TableName: "knowledge", ExclusiveStartKey: undefined, Limit: 11 } },
      { command: "QueryCommand", input: { ...countriesByName(), TableName: "knowledge", ExclusiveStartKey: undefined } },
      { command: "GetCommand", input: { TableName: "knowledge", Key: { pk: "META", sk: "META" } } },
    ]);
  });

  it("looks records up with one BatchGetItem of distinct keys", async () => {
    const { doc, sent } = recordingClient();
    await new DynamoKnowledgeStore(doc, "knowledge").getMany("Country", ["KZ", "KAZ", "KZ"]);
    expect(sent).toEqual([
      { command: "BatchGetCommand", input: { RequestItems: { knowledge: { Keys: [itemKey("Country", "KZ"), itemKey("Country", "KAZ")] } } } },
    ]);
  });
});
