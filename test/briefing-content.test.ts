// What a reader finds in each country's briefing, read back from the PDF's
// text: every aid figure of the country to its table's precision (N/A where
// the source has none), the five periods, the country's own initiatives,
// endnotes numbered in order, dated by its information.
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDataset } from "../seed/dataset.ts";
import { findCountry, gatherBriefing } from "../src/briefing/data.ts";
import { type RenderedBriefing, renderBriefing } from "../src/briefing/document.ts";
import { publishedText, scaled } from "../src/briefing/labels.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

let t: TestDatabase;
const rendered = new Map<string, { briefing: RenderedBriefing; text: string; info: Record<string, unknown> }>();

/** The PDF's text with line breaks undone, so wrapped names read whole. */
async function readPdf(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    const { info } = await parser.getInfo();
    return { text: text.replace(/\s+/g, " ").replace(/([-–—]) /g, "$1"), info: info as Record<string, unknown> };
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  t = await startTestDatabase();
  for (const c of t.dataset.countries) {
    const country = await findCountry(t.store, c.code);
    if (!country) throw new Error(`no ${c.code}`);
    const briefing = await renderBriefing(await gatherBriefing(t.store, country));
    rendered.set(c.code, { briefing, ...(await readPdf(briefing.pdf)) });
  }
}, 60_000);
afterAll(() => t.close());

const codes = ["KZ", "KG", "TJ", "TM", "UZ"];
const get = (code: string) => {
  const r = rendered.get(code);
  if (!r) throw new Error(`no briefing for ${code}`);
  return r;
};

describe.each(codes)("the %s briefing", (code) => {
  it("is a PDF with title, author, subject and keywords", () => {
    const { briefing, info } = get(code);
    const name = t.dataset.countries.find((c) => c.code === code)?.name ?? "";
    expect(briefing.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(briefing.pdf.includes(Buffer.from("/Lang (en-GB)"))).toBe(true);
    expect(info.Title).toContain(name);
    expect(info.Author).toBeTruthy();
    expect(info.Subject).toContain(name);
    expect(info.Keywords).toContain(code);
    expect(briefing.pdf.length).toBeLessThan(200 * 1024);
  });

  it("shows the title block dated by its newest fact and the data release, its own key points and page numbers", () => {
    const { text, briefing } = get(code);
    const country = t.dataset.countries.find((c) => c.code === code);
    const release = `data release of ${publishedText(t.dataset.released ?? "")}`;
    expect(text).toContain(`Japan and ${country?.name}`);
    expect(text).toMatch(/Information as of (\w+ )?(19|20)\d\d · Data release of \d{1,2} \w+ 20\d\d ·/);
    expect(text).toContain(`Information as of May 2019 · D${release.slice(1)} · Diplomatic relations since ${country?.diplomaticRelationsSince}`);
    expect(text).toMatch(new RegExp(`How to cite this brief: .*information as of May 2019, ${release}\\.`));
    // The version id is for tracing a copy to its data, in "About the data" only: never in the title block or the citation.
    expect(text.split(t.dataset.version).length - 1).toBe(1);
    expect(text).toContain(`D${release.slice(1)}, version id ${t.dataset.version}.`);
    expect(text).toContain(country?.capital);
    expect(text).toContain("At a glance");
    expect(text).toContain("Key points");
    expect(text).toContain(`Page 1 of ${briefing.pages}`);
    expect(text).toContain(`Page ${briefing.pages} of ${briefing.pages}`);
  });

  it("locates its sources in words, with no curator's shorthand", () => {
    const { text } = get(code);
    expect(text).toContain("ref. 2, p. 4 (para. 3)");
    for (const shorthand of ["¶", "(no reference)", "(no footnote)", "unreferenced", "[", "]", " p15"]) expect(text).not.toContain(shorthand);
  });

  it("sets typographic quotes, single within double, never straight ones", () => {
    const { text } = get(code);
    expect(text).toContain("the ‘Central Asia plus Japan’ Dialogue”");
    expect(text).not.toMatch(/“[^”]*“/);
    expect(text).not.toMatch(/["]/);
  });

  it("shows every aid figure of the country in ¥ billion to three decimals, and N/A where the source has none", () => {
    const { text } = get(code);
    const figures = t.dataset.aidFigures.filter((f) => f.country === code);
    expect(figures.length).toBeGreaterThan(0);
    expect(text).toContain("¥ billion");
    for (const figure of figures) expect(text).toContain(figure.amount ? scaled(figure.amount.value, 9, 3) : "N/A");
  });

  it("names all five periods and every initiative concerning the country alone", () => {
    const { text } = get(code);
    for (const period of t.dataset.periods) expect(text).toContain(period.title.replace(/'/g, "’"));
    const country = t.dataset.countries.find((c) => c.code === code);
    const own = t.dataset.initiatives.filter((i) => i.countries.length === 1 && i.countries[0] === code);
    for (const initiative of own) expect(text).toContain(initiative.name.replace(` (${country?.name})`, "").replace(/'/g, "’").replace(/([-–—]) /g, "$1"));
  });

  it("numbers its endnotes in order and gives their sources in full", () => {
    const { text } = get(code);
    const notes = text.slice(text.lastIndexOf("Notes"));
    // Notes 1, 2, 3 … follow one another in the text of the notes section.
    let at = 0;
    let count = 0;
    for (let n = 1; ; n++) {
      const next = notes.indexOf(` ${n}. `, at);
      if (next < 0) break;
      at = next;
      count = n;
    }
    expect(count).toBeGreaterThanOrEqual(3);
    expect(notes).toContain("Öğütcü");
    expect(notes).toContain("AVİM");
    expect(text).not.toMatch(/\[\d+(, p\. \d+)?\]/);
  });
});

it("charts the five republics by form and labels the missing figure N/A", () => {
  const { text } = get("TJ");
  expect(text).toContain("Figure 1. Cumulative ODA to 2018: Tajikistan and the other republics");
  expect(text).toContain("N/A");
});

describe("the “How to cite this brief” line", () => {
  const citeLine = (text: string) => /How to cite this brief: (.*?data release of \d{1,2} \w+ \d{4})(.{0,60})/.exec(text);

  it("names the brief, its date and data release, and no URL when no public origin is known", async () => {
    const country = await findCountry(t.store, "KZ");
    if (!country) throw new Error("no KZ");
    // The CLI's file names and the default route path are both relative: no URL a reader could follow.
    for (const briefUrl of [undefined, (c: string) => `./${c}-briefing.pdf`]) {
      const { text } = await readPdf((await renderBriefing(await gatherBriefing(t.store, country), { briefUrl })).pdf);
      const line = citeLine(text);
      expect(line?.[1]).toContain("“Japan and Kazakhstan: country brief”, information as of");
      expect(line?.[2]).toMatch(/^\. /);
      expect(text).not.toContain("./KZ-briefing.pdf");
    }
  });

  it("ends with the brief's URL when rendered for a public origin", async () => {
    const country = await findCountry(t.store, "KZ");
    if (!country) throw new Error("no KZ");
    const briefUrl = (c: string) => `https://example.org/briefings/${c}.pdf`;
    const { text } = await readPdf((await renderBriefing(await gatherBriefing(t.store, country), { briefUrl })).pdf);
    expect((citeLine(text)?.[2] ?? "").replace(/ /g, "")).toMatch(/^,https:\/\/example\.org\/briefings\/KZ\.pdf\./);
  });

  it("says the data is a draft, not yet released, when it changed after its newest release", async () => {
    const draft = await startTestDatabase({ dataset: validateDataset({ ...t.dataset, releases: [] }) });
    try {
      const country = await findCountry(draft.store, "TM");
      if (!country) throw new Error("no TM");
      const { text } = await readPdf((await renderBriefing(await gatherBriefing(draft.store, country))).pdf);
      expect(text).toContain("Information as of May 2019 · Draft data, not yet released ·");
      expect(text).toMatch(/information as of May 2019, draft data, not yet released\./);
      expect(text).not.toContain("data release of");
    } finally {
      await draft.close();
    }
  });
});
