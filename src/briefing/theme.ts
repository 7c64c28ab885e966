// The briefing's typography and colours in one place, so that sections share
// one look and a change of house style is one edit.
import type { FontName } from "./fonts.ts";

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  lineGap: number;
}

export const COLORS = {
  ink: "#1a1f2b",
  muted: "#5b6473",
  rule: "#c9ced6",
  band: "#1f3a5f",
  bandText: "#ffffff",
  accent: "#b8860b",
  bar: "#2f6690",
  zebra: "#f2f4f7",
} as const;

const style = (font: FontName, size: number, color: string, lineGap = 1.5): TextStyle => ({ font, size, color, lineGap });

export const STYLES = {
  body: style("regular", 9.5, COLORS.ink, 2),
  bodyBold: style("semibold", 9.5, COLORS.ink, 2),
  note: style("italic", 8.5, COLORS.muted),
  small: style("regular", 8, COLORS.muted),
  cite: style("regular", 7.5, COLORS.muted),
  h1: style("bold", 14, COLORS.band, 2),
  h2: style("semibold", 11, COLORS.band),
  label: style("semibold", 7.5, COLORS.muted),
  cell: style("regular", 8.5, COLORS.ink),
  cellBold: style("semibold", 8.5, COLORS.ink),
  cellHead: style("semibold", 8, COLORS.muted),
} as const satisfies Record<string, TextStyle>;

export type StyleName = keyof typeof STYLES;

export const PAGE = {
  size: "A4",
  margins: { top: 62, bottom: 62, left: 58, right: 58 },
  /** Space after a paragraph and between blocks, in points. */
  gap: 7,
  sectionGap: 16,
} as const;
