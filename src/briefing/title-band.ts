// The title block across both columns of the first page: a band with the
// kind of brief, its title and the date of the information it holds. The
// columns start below it.
import { COLORS, PAGE } from "./theme.ts";
import type { Typesetter } from "./typeset/typesetter.ts";

const PAD = 14;

export function drawTitleBand(t: Typesetter, kicker: string, title: string, subtitle: string): void {
  const { frame, doc, tags } = t;
  const width = frame.fullWidth - 2 * PAD;
  const kickerLines = t.lines([{ text: kicker, style: "kicker" }], width);
  const titleLines = t.lines([{ text: title, style: "title" }], width).slice(0, 3);
  const subtitleLines = t.lines([{ text: subtitle, style: "subtitle" }], width);
  const height = t.height(kickerLines) + t.height(titleLines) + t.height(subtitleLines) + 2 * PAD + 6;
  const x = PAGE.margins.left;
  const top = frame.y;
  tags.artifact("Layout", () => {
    doc.rect(x, top, frame.fullWidth, height).fill(COLORS.band);
    doc.rect(x, top + height, frame.fullWidth, 3).fill(COLORS.accent);
  });
  let y = top + PAD;
  const block = (lines: typeof kickerLines, type: string) => {
    const element = tags.element(type);
    for (const line of lines) {
      t.drawLine(line, x + PAD, y, element, type);
      y += line.height;
    }
    tags.end(element);
  };
  block(kickerLines, "P");
  y += 2;
  block(titleLines, "Title");
  y += 4;
  block(subtitleLines, "P");
  frame.columnTop = top + height + 3 + 14;
  frame.y = frame.columnTop;
}
