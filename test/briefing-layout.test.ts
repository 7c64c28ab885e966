// The layout holds whatever the lengths of the data: very long names and
// summaries, and a period with no initiatives, still render page by page.
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type ValidatedDataset } from "../seed/dataset.ts";
import { findCountry, gatherBriefing } from "../src/briefing/data.ts";
import { renderBriefing } from "../src/briefing/document.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

const date = new Date("2026-05-12T00:00:00Z");
const long = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");

/** The real data with Kazakhstan's texts blown up and its period-4 initiatives moved away. */
function synthetic(real: ValidatedDataset): ValidatedDataset {
  return {
    ...real,
    version: "synthetic-long-texts",
    countries: real.countries.map((c) =>
      c.code === "KZ"
        ? {
            ...c,
            name: long("Kazakhstan", 12),
            capital: long("Astana", 30),
            summary: long(c.summary, 12),
            facts: c.facts.map((f) => ({ ...f, topic: long(f.topic, 6), text: long(f.text, 10) })),
          }
        : c,
    ),
    periods: real.periods.map((p) => ({ ...p, title: long(p.title, 5), summary: long(p.summary, 8) })),
    initiatives: real.initiatives.map((i) => ({
      ...i,
      name: long(i.name, 6),
      summary: long(i.summary, 20),
      countries: i.period === 4 ? i.countries.filter((c) => c !== "KZ") : i.countries,
    })),
  };
}

async function pageText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/\s+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

let real: TestDatabase;
let blown: TestDatabase;
beforeAll(async () => {
  real = await startTestDatabase();
  blown = await startTestDatabase({ dataset: synthetic(await loadDataset()) });
}, 30_000);
afterAll(async () => {
  await real.close();
  await blown.close();
});

async function render(t: TestDatabase) {
  const country = await findCountry(t.store, "KZ");
  if (!country) throw new Error("no KZ");
  return renderBriefing(await gatherBriefing(t.store, country, date));
}

describe("briefing layout under long data", () => {
  it("renders very long names and summaries on more pages, numbering them all", async () => {
    const normal = await render(real);
    const grown = await render(blown);
    expect(grown.pages).toBeGreaterThan(normal.pages * 2);
    const { text, pages } = await pageText(grown.pdf);
    expect(pages).toBe(grown.pages);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain("Sources");
  }, 60_000);

  it("says so for a period with no initiatives for the country", async () => {
    const { text } = await pageText((await render(blown)).pdf);
    expect(text).toContain("No initiative concerning");
    expect(text).toContain("is recorded for this period.");
  }, 60_000);
});
