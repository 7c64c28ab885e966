// A horizontal bar chart of amounts in one currency, drawn with pdfkit: one
// axis per currency, so yen and dollars never share a scale or a sum. A figure
// the source gives as not available has no bar and reads "N/A".
import { formatMoney } from "../../domain/money.ts";
import type { Money } from "../../domain/records.ts";
import type { Layout } from "../layout.ts";
import { COLORS } from "../theme.ts";

export interface Bar {
  label: string;
  amount: Money | null;
}

const BAR = { height: 14, pitch: 24 };
const LABEL_WIDTH = 120;
const VALUE_ROOM = 92;
const AXIS_HEIGHT = 22;

export function chartHeight(bars: readonly Bar[]): number {
  return bars.length * BAR.pitch + AXIS_HEIGHT;
}

export function drawBarChart(layout: Layout, currency: string, bars: readonly Bar[]): void {
  const { doc } = layout;
  const top = doc.y;
  const x0 = layout.left + LABEL_WIDTH;
  const span = layout.width - LABEL_WIDTH - VALUE_ROOM;
  const values = bars.map((b) => (b.amount ? Number(b.amount.value) : 0));
  const ticks = niceTicks(Math.max(...values, 0));
  const max = ticks.at(-1) ?? 1;
  const bottom = top + bars.length * BAR.pitch;

  ticks.forEach((tick) => {
    const x = x0 + (span * tick) / max;
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    layout.use("small");
    const label = formatMoney({ value: String(tick), currency, approximate: false });
    doc.text(label, x - 40, bottom + 5, { width: 80, align: "center", lineBreak: false });
  });

  bars.forEach((bar, index) => {
    const y = top + index * BAR.pitch + (BAR.pitch - BAR.height) / 2;
    layout.use("cell");
    doc.text(bar.label, layout.left, y + 2, { width: LABEL_WIDTH - 8, align: "right", height: BAR.height, ellipsis: true });
    if (!bar.amount) {
      layout.use("note");
      doc.text("N/A (not available)", x0 + 6, y + 2, { width: span, lineBreak: false });
      return;
    }
    const length = Math.max((span * Number(bar.amount.value)) / max, 1);
    doc.rect(x0, y, length, BAR.height).fill(COLORS.bar);
    layout.use("bodyBold");
    doc.fontSize(8.5).text(formatMoney(bar.amount), x0 + length + 5, y + 2, { width: VALUE_ROOM + span - length - 5, lineBreak: false });
  });
  doc.moveTo(x0, top).lineTo(x0, bottom).lineWidth(0.8).strokeColor(COLORS.muted).stroke();
  doc.x = layout.left;
  doc.y = top + chartHeight(bars);
}

/** Round tick values from zero past `max`: steps of 1, 2, 2.5 or 5 times a power of ten. */
function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t));
  return ticks;
}
