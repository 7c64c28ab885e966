import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDataset } from "../seed/dataset.ts";
import { loadSeed } from "../src/store/seed-loader.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { dumpTable } from "./support/table-dump.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await startTestDatabase();
});
afterAll(() => t.close());

const dump = (db: TestDatabase) => dumpTable(db.doc, db.config.tableName);

describe("store on dynalite", () => {
  it("loads a record by either ISO code and returns null for none", async () => {
    const [kz, kaz, none] = await t.store.getMany("Country", ["KZ", "KAZ", "ZZ"]);
    expect(kz?.name).toBe("Kazakhstan");
    expect(kaz).toEqual(kz);
    expect(none).toBeNull();
  });

  it("lists countries by name and periods chronologically", async () => {
    expect((await t.store.listCountries()).map((c) => c.name)).toEqual(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]);
    expect((await t.store.listPeriods()).map((p) => p.ordinal)).toEqual([1, 2, 3, 4, 5]);
  });

  it("pages through all initiatives in order without gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await t.store.initiatives({}, { first: 4, after });
      expect(page.edges.length).toBe(page.hasNextPage ? 4 : page.edges.length);
      seen.push(...page.edges.map((e) => e.node.slug));
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after);
    const expected = [...t.dataset.initiatives].sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.slug.localeCompare(b.slug));
    expect(seen).toEqual(expected.map((i) => i.slug));
    expect(pages).toBe(Math.ceil(expected.length / 4));
  });

  it("never returns a short filtered page while another page exists", async () => {
    const expected = t.dataset.initiatives.filter((i) => i.kind === "PROJECT").length;
    expect(expected).toBeGreaterThan(2);
    let after: string | null = null;
    let total = 0;
    do {
      const page = await t.store.initiatives({ kind: "PROJECT" }, { first: 2, after });
      if (page.hasNextPage) expect(page.edges).toHaveLength(2);
      expect(page.edges.every((e) => e.node.kind === "PROJECT")).toBe(true);
      total += page.edges.length;
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(total).toBe(expected);
  });

  it("filters a country's initiatives by years, period, kind and text", async () => {
    const page = await t.store.initiatives({ countryCode: "UZ", fromYear: 2010, toYear: 2020 }, { first: 100 });
    const expected = t.dataset.initiatives.filter((i) => i.countries.includes("UZ") && i.year >= 2010 && i.year <= 2020);
    expect(page.edges.map((e) => e.node.slug).sort()).toEqual(expected.map((i) => i.slug).sort());
    const text = await t.store.initiatives({ text: "CHABAHAR" }, { first: 10 });
    expect(text.edges.map((e) => e.node.slug).join()).toMatch(/chabahar/);
  });

  it("rejects a cursor from another list", async () => {
    const page = await t.store.initiatives({}, { first: 1 });
    await expect(t.store.initiatives({ kind: "VISIT" }, { first: 1, after: page.endCursor })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
    await expect(t.store.initiatives({}, { first: 1, after: "bm9wZQ" })).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("serves regional and per-country aid figures apart", async () => {
    const regional = await t.store.aidFigures({ regional: true }, { first: 100 });
    expect(regional.edges.every((e) => e.node.country === null)).toBe(true);
    expect(regional.edges.length).toBe(t.dataset.aidFigures.filter((a) => a.country === null).length);
    const national = await t.store.aidFigures({ regional: false, kind: "LOAN" }, { first: 100 });
    expect(national.edges.every((e) => e.node.country !== null && e.node.kind === "LOAN")).toBe(true);
    expect((await t.store.aidFiguresOf("TJ", "LOAN")).some((a) => a.amount === null)).toBe(true);
  });

  it("reloads idempotently and removes records deleted from the files", async () => {
    const before = await dump(t);
    const again = await loadSeed(t.doc, t.config.tableName, t.dataset);
    expect(again).toMatchObject({ written: 0, deleted: 0 });
    expect(await dump(t)).toEqual(before);

    const { version: _v, ...data } = t.dataset;
    const removed = data.initiatives.find((i) => !data.aidFigures.some((a) => a.initiative === i.slug))!;
    const smaller = validateDataset({ ...data, initiatives: data.initiatives.filter((i) => i !== removed) });
    const result = await loadSeed(t.doc, t.config.tableName, smaller);
    expect(result.deleted).toBe(1 + removed.countries.length);
    expect(await t.store.getMany("Initiative", [removed.slug])).toEqual([null]);
    expect(await t.store.dataVersion()).toBe(smaller.version);

    await loadSeed(t.doc, t.config.tableName, t.dataset);
    expect(await dump(t)).toEqual(before);
  });
});
