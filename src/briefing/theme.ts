// The briefing's typography and colours in one place, so that sections share
// one look and a change of house style is one edit. Body text is 10 pt on
// 14 pt in two columns of about 50 characters.
import type { FontName } from "./fonts.ts";

export interface TextStyle {
  font: FontName;
  size: number;
  /** Baseline to baseline, in points. */
  leading: number;
  color: string;
}

export const COLORS = {
  ink: "#1a1f2b",
  muted: "#5b6473",
  rule: "#c9ced6",
  band: "#1f3a5f",
  bandText: "#ffffff",
  bandMuted: "#c8d3e3",
  accent: "#b8860b",
  bar: "#9fb3c8",
  highlight: "#1f3a5f",
  panel: "#eef2f6",
  link: "#1f4f8f",
} as const;

const style = (font: FontName, size: number, leading: number, color: string = COLORS.ink): TextStyle => ({ font, size, leading, color });

export const STYLES = {
  body: style("regular", 10, 14),
  bodyBold: style("semibold", 10, 14),
  lead: style("regular", 11, 15.5),
  note: style("regular", 8, 10, COLORS.muted),
  noteBold: style("semibold", 8, 10, COLORS.muted),
  noteLink: style("regular", 8, 10, COLORS.link),
  marker: style("regular", 6.5, 8, COLORS.link),
  noteMarker: style("semibold", 8, 10.5, COLORS.ink),
  h1: style("semibold", 13, 17, COLORS.band),
  h2: style("semibold", 10.5, 14, COLORS.band),
  label: style("semibold", 7.5, 10, COLORS.muted),
  cell: style("regular", 8.5, 11),
  cellBold: style("semibold", 8.5, 11),
  cellHead: style("semibold", 7.5, 10, COLORS.muted),
  chart: style("regular", 7.5, 9.5),
  chartBold: style("semibold", 7.5, 9.5, COLORS.band),
  title: style("semibold", 24, 28, COLORS.bandText),
  kicker: style("semibold", 7.5, 10, COLORS.bandMuted),
  subtitle: style("regular", 9.5, 13, COLORS.bandMuted),
  furniture: style("regular", 7.5, 10, COLORS.muted),
} as const satisfies Record<string, TextStyle>;

export type StyleName = keyof typeof STYLES;

export const PAGE = {
  size: [595.28, 841.89] as [number, number],
  margins: { top: 54, bottom: 54, left: 46, right: 46 },
  columnGap: 20,
  /** Space between paragraphs, in points. */
  gap: 6,
} as const;
