// The editorial rules behind issue 13's mended defects, each shown to hold on
// the curated data and to catch the defect it was written for.
import { describe, expect, it } from "vitest";
import { inspectDataset, loadDataset, readSeedFiles, type RawSeed } from "../seed/dataset.ts";

type Rec = Record<string, any>;
async function raw(): Promise<Record<keyof RawSeed, Rec[]>> {
  return (await readSeedFiles()).raw as Record<keyof RawSeed, Rec[]>;
}
const issues = (r: Record<string, Rec[]>) => inspectDataset(r).issues;
const find = <T extends Rec>(list: T[], key: string, value: unknown) => {
  const found = list.find((r) => r[key] === value);
  if (!found) throw new Error(`no record with ${key} = ${String(value)}`);
  return found;
};

describe("editorial rules", () => {
  it("hold on the curated data", async () => {
    expect(issues(await raw())).toEqual([]);
  });

  it("a summary's figures appear in its own citations' quotes", async () => {
    const r = await raw();
    const period = find(r.periods, "ordinal", 5);
    period.citations = period.citations.filter((c: Rec) => !/\$28 billion/.test(c.quote ?? ""));
    expect(issues(r)).toContainEqual(expect.objectContaining({ file: "periods.json", field: "summary", message: expect.stringMatching(/states 28/) }));
  });

  it("dates keep their documented meaning", async () => {
    const r = await raw();
    const treaty = find(r.initiatives, "slug", "canwfz-treaty");
    expect([treaty.signedYear, treaty.inForceYear, treaty.endYear]).toEqual([2006, 2009, undefined]);
    treaty.endYear = 2009;
    const arc = find(r.initiatives, "slug", "arc-of-freedom-and-prosperity");
    expect([arc.endYear, arc.endedYear]).toEqual([2009, 2009]);
    arc.endYear = 2006;
    const found = issues(r);
    expect(found).toContainEqual(expect.objectContaining({ record: expect.stringContaining("canwfz-treaty"), field: "endYear", message: expect.stringMatching(/entry-into-force/) }));
    expect(found).toContainEqual(expect.objectContaining({ record: expect.stringContaining("arc-of-freedom"), field: "endYear", message: expect.stringMatching(/endedYear/) }));
  });

  it("no ODA kind without a quote that says ODA", async () => {
    const r = await raw();
    find(r.aidFigures, "slug", "tm-transport-projects-2017").kind = "ODA_TOTAL";
    expect(issues(r)).toContainEqual(expect.objectContaining({ field: "kind", message: expect.stringMatching(/calls the amount ODA/) }));
    const data = await loadDataset();
    for (const figure of data.aidFigures.filter((a) => a.kind.startsWith("ODA_"))) {
      expect(figure.citations.some((c) => /\bODA\b/.test(c.quote ?? ""))).toBe(true);
    }
  });

  it("locators follow one convention", async () => {
    const r = await raw();
    find(r.countries, "code", "KZ").facts[0].citations[0].locator = "unreferenced paragraph after Table 1 [9]";
    const found = issues(r).filter((i) => i.field.endsWith("locator"));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/not in the locator convention/);
  });

  it("a figure's scope says what it covers, and amounts of one initiative can be told apart", async () => {
    const r = await raw();
    const data = await loadDataset();
    expect(data.aidFigures.find((a) => a.slug === "region-contracts-2015-incl-mongolia")?.scope).toBe("CENTRAL_ASIA_AND_MONGOLIA");
    find(r.aidFigures, "slug", "kz-loans-2018").scope = "CENTRAL_ASIA";
    const kg = find(r.initiatives, "slug", "kg-highways-manas-airport-2015");
    kg.amounts[1].label = kg.amounts[0].label;
    const found = issues(r);
    expect(found).toContainEqual(expect.objectContaining({ field: "scope" }));
    expect(found).toContainEqual(expect.objectContaining({ field: "amounts", message: expect.stringMatching(/share a label/) }));
  });

  it("contrasted statements name each other, so every conflict is shown from both sides", async () => {
    const r = await raw();
    find(r.statements, "slug", "japan-prefers-bilateral-ties").contrasts = [];
    expect(issues(r)).toContainEqual(expect.objectContaining({ field: "contrasts", message: expect.stringMatching(/does not name this statement back/) }));
  });

  it("states the recognition of sovereignty undated, and Turkmenistan's observer status dated and attributed", async () => {
    const data = await loadDataset();
    const texts = [...data.periods.map((p) => p.summary), ...data.initiatives.map((i) => i.summary)];
    expect(texts.some((t) => /1992[^.]*recogni[sz]ed the sovereignty|recogni[sz]ed the sovereignty[^.]*1992/.test(t))).toBe(false);
    const tm = data.countries.find((c) => c.code === "TM");
    const dialogue = tm?.facts.find((f) => f.topic === "Dialogue");
    expect(dialogue?.text).toMatch(/March 2017/);
    expect(dialogue?.text).toMatch(/2014/);
    expect(tm?.summary).toMatch(/AVİM analysis of March 2017 says Turkmenistan has observer status/);
  });

  it("lists the prime ministers of every period by one rule", async () => {
    const data = await loadDataset();
    const pms = (n: number) => data.periods.find((p) => p.ordinal === n)?.leaders.filter((l) => l.endsWith(", Prime Minister")).map((l) => l.split(",")[0]);
    expect(pms(2)).toEqual(["Ryutaro Hashimoto", "Keizo Obuchi", "Yoshiro Mori", "Junichiro Koizumi"]);
    expect(pms(3)).toEqual(["Yoshiro Mori", "Junichiro Koizumi", "Shinzo Abe", "Yasuo Fukuda", "Taro Aso", "Yukio Hatoyama"]);
    expect(pms(5)).toContain("Yoshihide Suga");
  });
});
