// Row P5 of quality.md: warm median render time per country briefing (data
// already in memory) against a 4-page plain-text pdfkit document in the same
// embedded font, and against headless Chromium printing the same content from
// HTML; plus the largest briefing's size against 200 KB.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { type BriefingData, findCountry, gatherBriefing } from "../src/briefing/data.ts";
import { renderBriefing } from "../src/briefing/document.ts";
import { registerFonts } from "../src/briefing/fonts/register-fonts.ts";
import { briefingHtml } from "./briefing-html.ts";
import type { BenchRow } from "./row.ts";
import { startTestDatabase } from "../test/support/database.ts";

const RUNS = 31;
const CHROMIUM = "/usr/bin/chromium";

export async function briefingRows(): Promise<BenchRow[]> {
  const db = await startTestDatabase();
  try {
    const briefings: BriefingData[] = [];
    for (const c of db.dataset.countries) {
      const country = await findCountry(db.store, c.code);
      if (country) briefings.push(await gatherBriefing(db.store, country));
    }
    const [[briefingMs, briefingSpread], [plainMs, plainSpread]] = await medians(
      async () => {
        for (const data of briefings) await renderBriefing(data);
      },
      async () => {
        for (const data of briefings) await plainTextDocument(data);
      },
    );
    const perBriefing = briefingMs / briefings.length;
    const plain = plainMs / briefings.length;
    const perCountry = ([low, high]: [number, number]) => `spread ${(low / briefings.length).toFixed(1)}–${(high / briefings.length).toFixed(1)} ms over ${RUNS} alternated runs, interquartile`;
    const sizes = await Promise.all(briefings.map(async (d) => (await renderBriefing(d)).pdf.length));
    const largestKB = Math.max(...sizes) / 1024;
    const chromium = chromiumMedian(briefings);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    return [
      rowOf(`briefing render, warm median per country: ${ms(perBriefing)} (${perCountry(briefingSpread)})`, `4-page plain-text pdfkit document: ${ms(plain)} (${perCountry(plainSpread)})`, perBriefing / plain, 3),
      rowOf(`briefing render, warm median per country: ${ms(perBriefing)}`, `headless Chromium printing the same content from HTML: ${ms(chromium)}`, perBriefing / chromium, 0.1),
      rowOf(`largest briefing: ${largestKB.toFixed(1)} KB (all: ${sizes.map((s) => (s / 1024).toFixed(1)).join(", ")} KB)`, "200 KB", largestKB / 200, 1),
    ];
  } finally {
    await db.close();
  }
}

/** A P5 row whose ratio is figure over baseline, met when at most the target. */
function rowOf(figure: string, baseline: string, ratio: number, target: number): BenchRow {
  return { id: "P5", figure, baseline, ratio: round(ratio), target: `≤ ${target}`, met: ratio <= target };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Medians of two workloads timed in alternation, after a warm-up of each, so
 * that drift in the machine's load and the collector's state hits both alike.
 */
async function medians(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[[number, [number, number]], [number, [number, number]]]> {
  await a();
  await b();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [k, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[k]!.push(performance.now() - start);
    }
  }
  // The median, and the interquartile range as the spread.
  const summary = (list: number[]): [number, [number, number]] => {
    const sorted = [...list].sort((x, y) => x - y);
    const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? Number.NaN;
    return [at(0.5), [at(0.25), at(0.75)]];
  };
  return [summary(times[0]), summary(times[1])];
}

/**
 * The baseline: four A4 pages of plain paragraphs in the same embedded font,
 * drawn from the country's own texts so that pdfkit lays out the same words,
 * with no layout logic of ours.
 */
function plainTextDocument(data: BriefingData): Promise<void> {
  const texts = [data.country.summary, ...data.country.facts.map((f) => f.text), ...data.periods.map((p) => p.summary), ...data.initiatives.filter((i) => i.countries.includes(data.country.code)).map((i) => i.summary)];
  const doc = new PDFDocument({ size: "A4", font: "" });
  registerFonts(doc);
  doc.fontSize(10);
  let pages = 1;
  doc.on("pageAdded", () => pages++);
  doc.resume();
  const done = new Promise<void>((resolve) => doc.on("end", () => resolve()));
  for (let i = 0; pages < 4 || doc.y < doc.page.height * 0.8; i++) doc.text(texts[i % texts.length] ?? "").moveDown();
  doc.end();
  return done;
}

/** Median time for headless Chromium to print one briefing's content from HTML. */
function chromiumMedian(briefings: BriefingData[]): number {
  if (!existsSync(CHROMIUM)) execFileSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq chromium"], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "p5-chromium-"));
  try {
    const times: number[] = [];
    briefings.forEach((data, index) => {
      const html = join(dir, `${index}.html`);
      writeFileSync(html, briefingHtml(data));
      for (let run = 0; run < 3; run++) {
        const profile = mkdtempSync(join(dir, "profile-"));
        const start = performance.now();
        const result = spawnSync(CHROMIUM, [
          "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`,
          `--print-to-pdf=${join(dir, `${index}-${run}.pdf`)}`, `file://${html}`,
        ], { stdio: "ignore", timeout: 60_000 });
        if (result.status !== 0) throw new Error(`chromium exited with ${result.status}`);
        times.push(performance.now() - start);
      }
    });
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? Number.NaN;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
