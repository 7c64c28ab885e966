// Tests that look at the page: positions of text (pdf.js), links, outline and
// structure of every brief, on the real data and on data blown up to many
// times its length, which must still paginate cleanly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type ValidatedDataset } from "../seed/dataset.ts";
import { findCountry, gatherBriefing, gatherSnapshot } from "../src/briefing/data.ts";
import { renderBriefing } from "../src/briefing/document.ts";
import { renderRegionalBriefing } from "../src/briefing/regional-document.ts";
import { PAGE } from "../src/briefing/theme.ts";
import { type ReadPdf, readPdf } from "./briefing-pages.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

const long = (text: string, times: number) => Array.from({ length: times }, () => text).join(" ");

/** The real data with Kazakhstan's texts and its own initiatives blown up. */
function synthetic(real: ValidatedDataset): ValidatedDataset {
  return {
    ...real,
    version: "synthetic-long-texts",
    countries: real.countries.map((c) =>
      c.code === "KZ" ? { ...c, summary: long(c.summary, 4), facts: c.facts.map((f) => ({ ...f, text: long(f.text, 5) })) } : c,
    ),
    initiatives: real.initiatives.map((i) => (i.countries.length === 1 ? { ...i, name: long(i.name, 3), summary: long(i.summary, 12) } : i)),
  };
}

let real: TestDatabase;
let blown: TestDatabase;
const briefs = new Map<string, { pages: number; read: ReadPdf }>();

beforeAll(async () => {
  real = await startTestDatabase();
  blown = await startTestDatabase({ dataset: synthetic(await loadDataset()) });
  for (const c of real.dataset.countries) {
    const country = await findCountry(real.store, c.code);
    if (!country) throw new Error(`no ${c.code}`);
    const { pdf, pages } = await renderBriefing(await gatherBriefing(real.store, country));
    briefs.set(c.code, { pages, read: await readPdf(pdf) });
  }
  const regional = await renderRegionalBriefing(await gatherSnapshot(real.store));
  briefs.set("central-asia", { pages: regional.pages, read: await readPdf(regional.pdf) });
  const kz = await findCountry(blown.store, "KZ");
  if (!kz) throw new Error("no KZ");
  const grown = await renderBriefing(await gatherBriefing(blown.store, kz));
  briefs.set("KZ blown up", { pages: grown.pages, read: await readPdf(grown.pdf) });
}, 120_000);
afterAll(async () => {
  await real.close();
  await blown.close();
});

const get = (name: string) => {
  const brief = briefs.get(name);
  if (!brief) throw new Error(`no brief ${name}`);
  return brief;
};
const TEXT_BLOCK = { left: PAGE.margins.left, right: PAGE.size[0] - PAGE.margins.right, top: PAGE.margins.top, bottom: PAGE.size[1] - PAGE.margins.bottom };
const isFurniture = (top: number) => top < TEXT_BLOCK.top - 1 || top > TEXT_BLOCK.bottom + 1;
const ALL = ["KZ", "KG", "TJ", "TM", "UZ", "central-asia", "KZ blown up"];

describe.each(ALL)("the %s brief, as laid out", (name) => {
  it("keeps its text inside the text block, header and footer apart", () => {
    for (const page of get(name).read.pages) {
      for (const item of page.items) {
        expect(item.x, item.str).toBeGreaterThanOrEqual(TEXT_BLOCK.left - 0.5);
        expect(item.x + item.width, item.str).toBeLessThanOrEqual(TEXT_BLOCK.right + 0.5);
        if (isFurniture(item.top)) expect(item.size, item.str).toBeLessThanOrEqual(8);
        else expect(item.bottom, item.str).toBeLessThanOrEqual(TEXT_BLOCK.bottom + 0.5);
      }
    }
  });

  it("leaves no heading within two lines of a column's foot", () => {
    for (const page of get(name).read.pages) {
      const headings = page.items.filter((i) => i.size >= 10.5 && !isFurniture(i.top) && /[A-Za-z]/.test(i.str) && i.size !== 11);
      for (const heading of headings) {
        const below = page.items.filter((i) => Math.abs(i.x - heading.x) < 200 && i.top > heading.bottom && !isFurniture(i.top) && i.x >= heading.x - 10);
        expect(below.length, `heading "${heading.str}" has text after it in its column`).toBeGreaterThan(0);
        expect(TEXT_BLOCK.bottom - heading.bottom, `heading "${heading.str}"`).toBeGreaterThan(2 * 14);
      }
    }
  });

  it("leaves no column before the last page short by more than a sixth of its height", () => {
    const pages = get(name).read.pages.slice(0, -1);
    for (const [index, page] of pages.entries()) {
      for (const side of ["left", "right"]) {
        const text = page.items.filter((i) => !isFurniture(i.top) && (i.x < PAGE.size[0] / 2) === (side === "left"));
        const lowest = Math.max(...text.map((i) => i.bottom));
        expect(TEXT_BLOCK.bottom - lowest, `page ${index + 1}, ${side} column`).toBeLessThan((TEXT_BLOCK.bottom - TEXT_BLOCK.top) / 6);
      }
    }
  });

  it("keeps every Source line in the column of the table or chart it sources", () => {
    const sources = get(name).read.pages.flatMap((page) => page.items.filter((i) => /^Sources?:/.test(i.str) && !isFurniture(i.top)).map((source) => ({ page, source })));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const { page, source } of sources) {
      const column = source.x < PAGE.size[0] / 2;
      const above = page.items.filter((i) => (i.x < PAGE.size[0] / 2) === column && !isFurniture(i.top) && i.bottom <= source.top + 0.5 && source.top - i.bottom < 30);
      expect(above.length, `"${source.str}" has its table or chart just above it`).toBeGreaterThan(0);
    }
  });

  it("never splits an endnote between columns", () => {
    const columnWidth = (TEXT_BLOCK.right - TEXT_BLOCK.left - PAGE.columnGap) / 2;
    for (const [index, page] of get(name).read.pages.entries()) {
      for (const left of [TEXT_BLOCK.left, TEXT_BLOCK.left + columnWidth + PAGE.columnGap]) {
        const column = page.items.filter((i) => !isFurniture(i.top) && i.x >= left - 1 && i.x < left + columnWidth);
        const top = Math.min(...column.map((i) => i.top));
        const first = column.filter((i) => Math.abs(i.top - top) < 1);
        // A note's later lines hang 16 points in, under its text: a column may not start with one.
        const continued = first.every((i) => i.size === 8 && Math.abs(i.x - (left + 16)) < 1);
        expect(continued, `page ${index + 1}, column at ${Math.round(left)}: ${first.map((i) => i.str).join(" ")}`).toBe(false);
      }
    }
  });

  it("has charts whose gridlines no label crosses", () => {
    const pages = get(name).read.pages;
    const gridlines = pages.flatMap((p) => p.verticals);
    expect(gridlines.length).toBeGreaterThan(5);
    for (const page of pages) {
      for (const line of page.verticals) {
        const crossing = page.items.filter((i) => i.bottom > line.top && i.top < line.bottom && i.x < line.x - 0.5 && i.x + i.width > line.x + 0.5);
        expect(crossing.map((i) => i.str)).toEqual([]);
      }
    }
  });

  it("sets body text in two columns at 10 pt with no line over 75 characters", () => {
    const body = get(name).read.pages.flatMap((p) => p.items.filter((i) => i.size === 10 && !isFurniture(i.top)));
    expect(body.length).toBeGreaterThan(20);
    const columns = new Set(body.map((i) => (i.x < PAGE.size[0] / 2 ? "left" : "right")));
    expect(columns.size).toBe(2);
    for (const item of body) expect(item.str.length, item.str).toBeLessThanOrEqual(75);
  });
});

describe.each(["KZ", "KG", "TJ", "TM", "UZ", "central-asia"])("the %s brief, as navigated", (name) => {
  it("fits on at most four pages, its last page more than a quarter full", () => {
    const { pages, read } = get(name);
    expect(pages).toBeLessThanOrEqual(4);
    // The lowest baseline over both columns of the last page, as a share of the text block's height.
    const text = read.pages.at(-1)?.items.filter((i) => !isFurniture(i.top)) ?? [];
    const lowest = Math.max(TEXT_BLOCK.top, ...text.map((i) => i.bottom));
    expect((lowest - TEXT_BLOCK.top) / (TEXT_BLOCK.bottom - TEXT_BLOCK.top)).toBeGreaterThan(0.25);
  });

  it("is tagged, with headings, lists, a table with header cells and a figure, and an outline of its sections", () => {
    const { read } = get(name);
    expect(read.tagged).toBe(true);
    for (const type of ["H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link"]) expect(read.structTypes, type).toContain(type);
    expect(read.outline).toContain("Official development assistance");
    expect(read.outline).toContain("Notes");
  });

  it("has an outline in reading order, each item leading to the page its heading is on", () => {
    const { read } = get(name);
    // A float drawn at a later column's top keeps its place: the aid section's table and figure come before the regional box.
    const order = ["Official development assistance", "Table 1.", "Figure 1.", "Regional context", "About the data", "Notes"];
    const at = order.map((start) => read.outline.findIndex((title) => title.startsWith(start)));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    read.outline.forEach((title, i) => {
      const page = read.pages[(read.outlinePages[i] ?? 0) - 1];
      expect(page?.items.some((item) => item.size >= 10.5 && title.startsWith(item.str.trim().split(" ").slice(0, 2).join(" "))), title).toBe(true);
    });
  });

  it("links every note marker to its note, and every note is a destination", () => {
    const { read } = get(name);
    const internal = read.pages.flatMap((p) => p.links.filter((l) => l.dest));
    expect(internal.length).toBeGreaterThan(10);
    for (const link of internal) expect(read.destinations).toContain(link.dest);
    const notes = read.destinations.filter((d) => d.startsWith("note-")).map((d) => Number(d.slice(5))).sort((a, b) => a - b);
    expect(notes).toEqual(notes.map((_, i) => i + 1));
    expect(new Set(internal.map((l) => l.dest)).size).toBe(notes.length);
  });

  it("makes every URL printed a link to that URL", () => {
    const { read } = get(name);
    for (const page of read.pages) {
      const printed = page.items.filter((i) => /^https?:\/\//.test(i.str));
      for (const item of printed) {
        const link = page.links.find((l) => l.url && l.rect[0] <= item.x + 1 && l.rect[2] >= item.x + 1 && Math.abs(page.height - l.rect[3] - item.top) < 6);
        expect(link, item.str).toBeDefined();
        expect(link?.url?.startsWith(item.str.replace(/\/$/, "").slice(0, 20))).toBe(true);
      }
    }
  });
});

it("keeps each brief about its country: at most a quarter of its sentences appear in all five", () => {
  const sentencesOf = (read: ReadPdf) =>
    new Set(
      read.pages
        .flatMap((p) => p.items.filter((i) => !isFurniture(i.top)).map((i) => i.str))
        .join(" ")
        .replace(/\s+/g, " ")
        .split(/(?<=[.!?])\s+(?=[A-Z“])/)
        .map((s) => s.trim())
        .filter((s) => s.split(" ").length >= 4),
    );
  const codes = ["KZ", "KG", "TJ", "TM", "UZ"];
  const sets = codes.map((c) => sentencesOf(get(c).read));
  for (const [index, set] of sets.entries()) {
    const shared = [...set].filter((s) => sets.every((other) => other.has(s)));
    expect(shared.length / set.size, codes[index]).toBeLessThanOrEqual(0.25);
  }
});

it("paginates long data onto more pages, numbering them all", () => {
  const { pages, read } = get("KZ blown up");
  expect(pages).toBeGreaterThan(get("KZ").pages);
  const footer = read.pages.at(-1)?.items.map((i) => i.str).join(" ") ?? "";
  expect(footer).toContain(`Page ${pages} of ${pages}`);
});
