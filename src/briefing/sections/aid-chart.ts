// The comparison chart: one small panel per form of aid, a bar per republic
// on that panel's own scale, the brief's country in the dark colour. Values
// stand in a column of their own right of the plot, so no label ever meets a
// gridline; N/A is written there, with no bar. Tagged as one Figure whose alt
// text gives every value.
import type { Comparison } from "../derive/comparison.ts";
import { AID_KIND, scaled, unitOf } from "../labels.ts";
import type { Brief } from "../section.ts";
import { COLORS } from "../theme.ts";
import { drawSource, sourceBlock } from "./aid-table.ts";

const NAME_COLUMN = 62;
const VALUE_COLUMN = 44;
const ROW = 11;
const TITLE = 12;
const TICKS = 10;
const PANEL_GAP = 8;

export function drawAidChart(brief: Brief, comparisons: readonly Comparison[], highlight: string | null, caption: string): void {
  const { t } = brief;
  if (comparisons.length === 0) return;
  const unit = unitOf(comparisons.flatMap((c) => c.figures).find((f) => f.figure.amount)?.figure.amount?.currency ?? "JPY");
  const panelHeight = (c: Comparison) => TITLE + c.figures.length * ROW + TICKS + PANEL_GAP;
  const source = sourceBlock(brief, comparisons.flatMap((c) => c.figures.flatMap((f) => f.figure.citations)));
  // The Source line stays under the chart it sources.
  const height = comparisons.reduce((sum, c) => sum + panelHeight(c), 0) + source.height;
  // Kept whole, it floats to the next column rather than leave a gap under the table.
  t.float(t.headingHeight(caption, 2) + height, () => {
    t.heading(caption, 2, height);
    drawFigure(brief, comparisons, highlight, unit);
    drawSource(brief, source);
  });
}

function drawFigure(brief: Brief, comparisons: readonly Comparison[], highlight: string | null, unit: ReturnType<typeof unitOf>): void {
  const { t } = brief;
  const alt = comparisons
    .map((c) => `${AID_KIND[c.kind]}: ${c.figures.map((f) => `${f.country.name} ${f.figure.amount ? scaled(f.figure.amount.value, unit.exponent, unit.places) : "not available"}`).join(", ")}`)
    .join(". ");
  const figure = t.tags.element("Figure", undefined, { alt: `Bar chart, ${unit.label}. ${alt}.` });
  t.tags.content(figure, "Figure", () => {
    for (const c of comparisons) drawPanel(brief, c, highlight, unit);
  });
  t.tags.end(figure);
}

function drawPanel(brief: Brief, c: Comparison, highlight: string | null, unit: ReturnType<typeof unitOf>): void {
  const { t } = brief;
  const { doc, frame } = t;
  const x = frame.x;
  const plotX = x + NAME_COLUMN;
  const plotWidth = frame.width - NAME_COLUMN - VALUE_COLUMN - 4;
  const values = c.figures.map((f) => (f.figure.amount ? Number(scaled(f.figure.amount.value, unit.exponent, unit.places).replace(/,/g, "")) : null));
  const max = Math.max(...values.map((v) => v ?? 0), 1e-9);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  let y = frame.y;
  t.drawText(AID_KIND[c.kind], "chartBold", x, y, TITLE);
  y += TITLE;
  const plotTop = y;
  const plotBottom = y + c.figures.length * ROW;
  for (let tick = 0; tick <= top + 1e-9; tick += step) {
    const gx = plotX + (tick / top) * plotWidth;
    doc.moveTo(gx, plotTop).lineTo(gx, plotBottom).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    const label = formatTick(tick, step);
    t.drawText(label, "chart", gx - t.measure.width(label, "chart") / 2, plotBottom + 1, TICKS);
  }
  c.figures.forEach((f, i) => {
    const rowY = plotTop + i * ROW;
    const own = f.country.code === highlight;
    t.drawText(f.country.name, own ? "chartBold" : "chart", x, rowY, ROW);
    const value = values[i] ?? null;
    if (value !== null) {
      doc.rect(plotX, rowY + 2, Math.max((value / top) * plotWidth, 0.5), ROW - 4).fill(own ? COLORS.highlight : COLORS.bar);
      t.measure.forgetColor();
    }
    const label = value === null ? "N/A" : scaled(f.figure.amount?.value ?? "0", unit.exponent, unit.places);
    t.drawText(label, own ? "chartBold" : "chart", x + frame.width - t.measure.width(label, own ? "chartBold" : "chart"), rowY, ROW);
  });
  frame.y = plotBottom + TICKS + PANEL_GAP;
}

function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const n = rough / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}

const formatTick = (tick: number, step: number) => (step >= 1 ? String(Math.round(tick)) : tick.toFixed(Math.ceil(-Math.log10(step))));
