// Aid as statisticians set it: one table per currency (yen and dollars are
// never summed or set in one column), the unit in the header, every figure to
// the same precision, N/A where the source has none, lettered notes for
// approximations, ceilings, bases and scopes, and a "Source:" line with links
// to the endnotes.
import type { AidFigure, Citation, Initiative } from "../../domain/records.ts";
import { aidNotesOf, NoteLetters } from "../derive/aid-notes.ts";
import type { Comparison } from "../derive/comparison.ts";
import { rankOf } from "../derive/comparison.ts";
import { AID_BASIS, AID_KIND, scaled, typographic, unitOf } from "../labels.ts";
import type { Brief } from "../section.ts";
import { shortReference } from "../sources.ts";
import type { Line } from "../typeset/line-breaker.ts";
import type { Run } from "../typeset/runs.ts";
import { drawTable, type TableRow } from "../typeset/table.ts";

export interface AidGroup {
  title: string;
  figures: AidFigure[];
  /** The comparison a figure's rank is read from, by kind. */
  ranks?: Map<string, Comparison>;
}

export function drawAidTable(brief: Brief, caption: string, groups: readonly AidGroup[], code: string | null, labelOf: (f: AidFigure) => string, options: { section?: string; float?: boolean } = {}): void {
  const { t } = brief;
  const all = groups.flatMap((g) => g.figures);
  const currency = all.find((f) => f.amount)?.amount?.currency ?? "JPY";
  const unit = unitOf(currency);
  const letters = new NoteLetters();
  const ranked = groups.some((g) => g.ranks);
  const rows: TableRow[] = [];
  for (const group of groups) {
    if (group.figures.length === 0) continue;
    rows.push({ cells: [[{ text: group.title, style: "cellBold" }]], group: true });
    for (const figure of group.figures) {
      const marks = aidNotesOf(figure).map((n) => letters.letter(n));
      const value: Run[] = [
        { text: figure.amount ? scaled(figure.amount.value, unit.exponent, unit.places) : "N/A", style: "cell" },
        ...(marks.length > 0 ? [{ text: marks.join(","), style: "marker" as const, glued: true }] : []),
      ];
      const comparison = group.ranks?.get(figure.kind);
      const rank = comparison && code ? rankOf(comparison, code) : null;
      const cells: Run[][] = [[{ text: labelOf(figure), style: "cell" }], value];
      if (ranked) cells.push([{ text: rank ? `${rank} of ${comparison?.figures.length}` : "—", style: "cell" }]);
      rows.push({ cells, rowHeader: true });
    }
  }
  const columns = [
    { header: [{ text: "Form", style: "cellHead" as const }], share: 5 },
    { header: [{ text: unit.label, style: "cellHead" as const }], share: 2.4, align: "right" as const },
    ...(ranked ? [{ header: [{ text: "Rank", style: "cellHead" as const }], share: 1.6, align: "right" as const }] : []),
  ];
  // The notes and the Source line belong to the table: a table kept whole keeps them with it.
  const notes = letters.all().map(({ letter, text }) => t.lines([{ text: letter, style: "noteBold" }, { text: ` ${typographic(text)}`, style: "note" }], t.frame.width));
  const source = sourceBlock(brief, all.flatMap((f) => f.citations));
  const after = {
    height: notes.reduce((sum, lines) => sum + t.height(lines), source.height),
    draw: () => {
      for (const lines of notes) t.setLines(lines);
      drawSource(brief, source);
    },
  };
  drawTable(t, columns, rows, { caption: { text: caption, level: 2 }, after, ...options });
}

/** A Source line broken into lines once, to be measured before it is drawn; its height counts the space above it. */
export interface SourceBlock {
  lines: Line[];
  height: number;
}

const SOURCE_GAP = 2;

export function sourceBlock(brief: Brief, citations: readonly Citation[]): SourceBlock {
  const lines = brief.t.lines(sourceRuns(brief, citations), brief.t.frame.width);
  return { lines, height: SOURCE_GAP + brief.t.height(lines) };
}

export function drawSource(brief: Brief, source: SourceBlock): void {
  brief.t.frame.gap(SOURCE_GAP);
  brief.t.setLines(source.lines);
}

/** "Source: Ministry of Foreign Affairs of Japan, 9 February 2011;³ …", each source once with its notes, numbered as they will be drawn. */
function sourceRuns(brief: Brief, citations: readonly Citation[]): Run[] {
  const { cites, data } = brief;
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
  const runs: Run[] = [{ text: bySource.size > 1 ? "Sources: " : "Source: ", style: "noteBold" }];
  // Each marker follows its entry's punctuation, so it never reads as part of a date.
  [...bySource].forEach(([slug, list], index) => {
    const source = data.sources.get(slug);
    const end = index < bySource.size - 1 ? ";" : ".";
    runs.push({ text: `${index > 0 ? " " : ""}${source ? shortReference(source) : slug}${end}`, style: "note" }, ...cites.cite(list));
  });
  return runs;
}

/** Two regional rows of one year and kind differ by scope: the label says which. */
const SCOPE_SUFFIX: Partial<Record<AidFigure["scope"], string>> = { CENTRAL_ASIA: ", five republics", CENTRAL_ASIA_AND_MONGOLIA: ", five republics and Mongolia" };

/** "Loans", "Astana water supply loan (2003)", "ODA, form not stated (2017)". */
export function figureLabel(initiatives: ReadonlyMap<string, Initiative>, countryName?: string) {
  return (f: AidFigure): string => {
    const initiative = f.initiative ? initiatives.get(f.initiative) : undefined;
    if (f.basis === "CUMULATIVE") return AID_KIND[f.kind];
    if (f.kind === "ODA_TOTAL" && f.basis === "ANNUAL") return `ODA, all forms, ${f.asOfYear}`;
    if (initiative && initiative.countries.length === 1) {
      const name = typographic(countryName ? initiative.name.replace(` (${countryName})`, "") : initiative.name);
      const kind = AID_KIND[f.kind];
      // "Astana water supply loan, 2003" names its form already; "Transport projects, ODA, form not stated, 2017" does not.
      const named = name.toLowerCase().includes(kind.toLowerCase().replace(/s$/, ""));
      return named ? `${name}, ${f.asOfYear}` : `${name}: ${kind.startsWith("ODA") ? kind : kind.toLowerCase()}, ${f.asOfYear}`;
    }
    return `${AID_KIND[f.kind]}, ${AID_BASIS[f.basis].toLowerCase()}, ${f.asOfYear}${SCOPE_SUFFIX[f.scope] ?? ""}`;
  };
}
