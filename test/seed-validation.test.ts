import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_DIR, SeedValidationError, loadDataset, readSeedFiles, validateDataset } from "../seed/dataset.ts";

type Raw = Parameters<typeof validateDataset>[0];

type Rec = Record<string, unknown>;
async function rawSeed(): Promise<{ sources: Rec[]; countries: Rec[]; periods: Rec[]; initiatives: Rec[]; aidFigures: Rec[] }> {
  return (await readSeedFiles()).raw as { sources: Rec[]; countries: Rec[]; periods: Rec[]; initiatives: Rec[]; aidFigures: Rec[] };
}

function issuesOf(raw: Record<string, unknown>) {
  try {
    validateDataset(raw as Raw);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).issues;
  }
  throw new Error("expected the data set to be rejected");
}

describe("seed validation", () => {
  it("accepts the curated data set and gives it a content version", async () => {
    const data = await loadDataset();
    expect(data.countries.map((c) => c.code).sort()).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
    expect(data.periods).toHaveLength(5);
    expect(data.initiatives.length).toBeGreaterThanOrEqual(25);
    expect(data.version).toMatch(/^[0-9a-f]{12}$/);
    expect((await loadDataset()).version).toBe(data.version);
  });

  it("holds Table 1 completely, its N/A cell as a figure with no amount", async () => {
    const data = await loadDataset();
    const table1 = data.aidFigures.filter((a) => a.asOfYear === 2018 && a.basis === "CUMULATIVE");
    expect(table1).toHaveLength(15);
    const tjLoans = table1.find((a) => a.country === "TJ" && a.kind === "LOAN");
    expect(tjLoans?.amount).toBeNull();
    const uzLoans = table1.find((a) => a.country === "UZ" && a.kind === "LOAN");
    expect(uzLoans?.amount).toEqual({ value: "276600000000", currency: "JPY", approximate: false });
  });

  it("keeps both values of the 2015 agreements, each cited", async () => {
    const data = await loadDataset();
    const contracts = data.aidFigures.filter((a) => a.kind === "CONTRACTS" && a.asOfYear === 2015);
    expect(contracts.map((a) => a.amount?.value).sort()).toEqual(["28000000000", "45000000000"]);
    expect(new Set(contracts.map((a) => a.citations[0]?.source)).size).toBe(2);
  });

  it("names file, record and field of a record of the wrong shape", async () => {
    const raw = await rawSeed();
    raw.countries[1] = { ...raw.countries[1], capital: 42 };
    const [issue] = issuesOf(raw);
    expect(issue).toMatchObject({ file: "countries.json", record: expect.stringContaining("KG"), field: "capital" });
  });

  it("rejects money given as a float or without an exact decimal string", async () => {
    const raw = await rawSeed();
    const figure = raw.aidFigures.find((a) => a.amount !== null)!;
    figure.amount = { value: 95.1e9, currency: "JPY" };
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ file: "aid-figures.json", field: "amount.value" }));
    figure.amount = { value: "95.100 billion", currency: "JPY" };
    expect(issuesOf(raw)[0]?.message).toMatch(/exact decimal/);
  });

  it("rejects a record without citations", async () => {
    const raw = await rawSeed();
    raw.initiatives[0] = { ...raw.initiatives[0], citations: [] };
    expect(issuesOf(raw)[0]).toMatchObject({ file: "initiatives.json", field: "citations", message: expect.stringMatching(/cites/) });
  });

  it("rejects references that do not resolve", async () => {
    const raw = await rawSeed();
    raw.initiatives[0] = { ...raw.initiatives[0], countries: ["XX"], period: 9 };
    raw.aidFigures[0] = { ...raw.aidFigures[0], citations: [{ source: "no-such-source" }] };
    const issues = issuesOf(raw);
    expect(issues).toContainEqual(expect.objectContaining({ file: "initiatives.json", field: "countries.0", message: 'unknown country "XX"' }));
    expect(issues).toContainEqual(expect.objectContaining({ file: "initiatives.json", field: "period", message: "unknown period 9" }));
    expect(issues).toContainEqual(expect.objectContaining({ file: "aid-figures.json", field: "citations.0.source" }));
  });

  it("rejects duplicate keys", async () => {
    const raw = await rawSeed();
    raw.sources.push({ ...raw.sources[0] });
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ file: "sources.json", field: "(key)", message: expect.stringMatching(/duplicate/) }));
  });

  it("rejects an initiative dated outside its period", async () => {
    const raw = await rawSeed();
    raw.initiatives[0] = { ...raw.initiatives[0], year: 2030, period: 1 };
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ field: "year", message: expect.stringMatching(/outside period 1/) }));
  });

  it("rejects a not-available figure that does not say so", async () => {
    const raw = await rawSeed();
    const { note: _note, ...figure } = raw.aidFigures[0]!;
    raw.aidFigures[0] = { ...figure, amount: null };
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ file: "aid-figures.json", field: "note" }));
  });

  it("rejects unknown fields rather than silently dropping them", async () => {
    const raw = await rawSeed();
    raw.periods[0] = { ...raw.periods[0], leader: "typo" };
    expect(issuesOf(raw)[0]).toMatchObject({ file: "periods.json", record: expect.stringContaining("1") });
  });

  it("reports a file that is not JSON by name", async () => {
    const { mkdtemp, writeFile, cp } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "seed-"));
    await cp(SEED_DIR, dir, { recursive: true });
    await writeFile(join(dir, "periods.json"), "[{");
    await expect(loadDataset(dir)).rejects.toThrow(/periods\.json/);
  });
});
