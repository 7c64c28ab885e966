// Aid figures: a chart of the latest cumulative figures (one per currency) and
// a table of every figure with its basis and year. Amounts are formatted
// exactly and never summed across currencies.
import type { AidFigure, Initiative } from "../../domain/records.ts";
import { AID_BASIS, AID_KIND, aidAmountText } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";
import { type Column, drawTable } from "../table.ts";
import { type Bar, chartHeight, drawBarChart } from "./aid-chart.ts";

const COLUMNS: Column[] = [
  { header: "Figure", share: 2.2 },
  { header: "Basis", share: 1.7 },
  { header: "As of", share: 0.8 },
  { header: "Amount", share: 2.8, align: "right" },
  { header: "Related initiative", share: 3.2 },
  { header: "Sources", share: 1 },
];

export function drawAid(briefing: Briefing): void {
  const { layout, data } = briefing;
  const name = data.country.name;
  const charts = cumulativeCharts(data.aidFigures);
  const firstChart = charts[0];
  sectionTitle(briefing, `Japan's aid to ${name}`, firstChart ? 40 + chartHeight(firstChart.bars) : 60);
  layout.paragraph(
    "Amounts are given in the currency of the source and are never converted, added across currencies or drawn on one axis. " +
      "“N/A” marks a figure the source gives as not available; it is not zero.",
    "small",
  );
  for (const chart of charts) {
    const caption = `Cumulative ODA to ${name} as of ${chart.year}, by form (${chart.currency})`;
    layout.gap(8);
    layout.ensure(layout.height(caption, "h2") + 8 + chartHeight(chart.bars));
    layout.heading(caption, "h2", chartHeight(chart.bars));
    layout.doc.y += 4;
    drawBarChart(layout, chart.currency, chart.bars);
  }
  layout.gap(10);
  layout.heading(`All aid figures for ${name}`, "h2", 50);
  drawAidTable(briefing, data.aidFigures);
}

export function drawAidTable({ layout, cites, data }: Briefing, figures: readonly AidFigure[]): void {
  const initiatives = new Map<string, Initiative>([...data.initiatives, ...data.region.dialogue].map((i) => [i.slug, i]));
  const rows = figures.map((f) => [
    { text: AID_KIND[f.kind], style: "cellBold" as const },
    AID_BASIS[f.basis],
    String(f.asOfYear),
    { text: aidAmountText(f), style: f.amount ? ("cellBold" as const) : ("note" as const) },
    (f.initiative && initiatives.get(f.initiative)?.name) ?? "—",
    { text: cites.cite(f.citations), style: "cite" as const },
  ]);
  if (rows.length === 0) {
    layout.paragraph("No aid figures are on record.", "note");
    return;
  }
  drawTable(layout, COLUMNS, rows);
}

/** The most recent cumulative figures, one chart per currency (N/A bars join each). */
function cumulativeCharts(figures: readonly AidFigure[]): { year: number; currency: string; bars: Bar[] }[] {
  const cumulative = figures.filter((f) => f.basis === "CUMULATIVE");
  if (cumulative.length === 0) return [];
  const year = Math.max(...cumulative.map((f) => f.asOfYear));
  const latest = cumulative.filter((f) => f.asOfYear === year);
  const currencies = [...new Set(latest.flatMap((f) => (f.amount ? [f.amount.currency] : [])))];
  return currencies.map((currency) => ({
    year,
    currency,
    bars: latest.filter((f) => !f.amount || f.amount.currency === currency).map((f) => ({ label: AID_KIND[f.kind], amount: f.amount })),
  }));
}
