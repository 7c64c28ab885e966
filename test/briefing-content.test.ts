// What a reader finds in each country's briefing, read back from the PDF's
// text: every aid figure as formatMoney prints it (N/A where the source has
// none), the five periods, the country's initiatives, citations that resolve.
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCountry, gatherBriefing } from "../src/briefing/data.ts";
import { type RenderedBriefing, renderBriefing } from "../src/briefing/document.ts";
import { formatMoney } from "../src/domain/money.ts";
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
    const briefing = await renderBriefing(await gatherBriefing(t.store, country, new Date("2026-05-12T10:00:00Z")));
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

  it("shows the title block, key facts and page numbers", () => {
    const { text, briefing } = get(code);
    const country = t.dataset.countries.find((c) => c.code === code);
    expect(text).toContain(country?.capital);
    expect(text).toContain("12 May 2026");
    expect(text).toContain(`Data version ${t.dataset.version.slice(0, 12)}`);
    for (const fact of country?.facts ?? []) expect(text).toContain(fact.topic);
    expect(text).toContain(`Page 1 of ${briefing.pages}`);
    expect(text).toContain(`Page ${briefing.pages} of ${briefing.pages}`);
  });

  it("shows every aid figure of the country formatted exactly, and N/A where the source has none", () => {
    const { text } = get(code);
    const figures = t.dataset.aidFigures.filter((f) => f.country === code);
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(text).toContain(figure.amount ? formatMoney(figure.amount) : "N/A");
  });

  it("shows the regional aid figures", () => {
    const { text } = get(code);
    for (const figure of t.dataset.aidFigures.filter((f) => f.country === null)) {
      expect(text).toContain(figure.amount ? formatMoney(figure.amount) : "N/A");
    }
  });

  it("names all five periods and every initiative concerning the country", () => {
    const { text } = get(code);
    for (const period of t.dataset.periods) expect(text).toContain(period.title);
    const initiatives = t.dataset.initiatives.filter((i) => i.countries.includes(code));
    expect(initiatives.length).toBeGreaterThan(0);
    for (const initiative of initiatives) expect(text).toContain(initiative.name.replace(/([-–—]) /g, "$1"));
  });

  it("numbers its citations from 1 and resolves every number in the sources list", () => {
    const { text } = get(code);
    const split = text.lastIndexOf("Each number in brackets in the text refers");
    expect(split).toBeGreaterThan(0);
    const body = text.slice(0, split);
    const list = text.slice(split);
    const cited = new Set([...body.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => (m[1] ?? "").split(", ").map(Number)));
    const listed = new Set([...list.matchAll(/\[(\d+)\] /g)].map((m) => Number(m[1])));
    expect(cited.size).toBeGreaterThan(5);
    expect([...cited].sort((a, b) => a - b)).toEqual([...listed].sort((a, b) => a - b));
    expect(Math.max(...cited)).toBe(cited.size);
    for (const source of ["Özge Nur Öğütcü", "AVİM"]) expect(list).toContain(source);
  });
});

it("charts only the latest cumulative figures and labels the missing one N/A", () => {
  const { text } = get("TJ");
  expect(text).toContain("Cumulative ODA to Tajikistan as of 2018, by form (JPY)");
  expect(text).toContain("N/A (not available)");
});
