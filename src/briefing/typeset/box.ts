// A box set apart from the text (the regional context, "About the data"):
// inset content between a rule above and below, with a bar down its left edge
// in every column it runs through. Drawn around the content once placed, so
// the box needs no measuring beforehand.
import type { Typesetter } from "./typesetter.ts";

const INSET = 9;
const BAR = 2.5;

export function drawBox(t: Typesetter, color: string, draw: () => void): void {
  const { frame, doc, tags } = t;
  frame.gap(8);
  // The box opens only where its heading and first lines fit.
  frame.fit(80);
  const rule = (y: number) =>
    tags.artifact("Layout", () => doc.moveTo(frame.outerX, y).lineTo(frame.outerX + frame.outerWidth, y).lineWidth(0.75).strokeColor(color).stroke());
  let segmentTop = frame.y;
  const bar = (x: number, bottom: number) => tags.artifact("Layout", () => doc.rect(x, segmentTop, BAR, bottom - segmentTop).fill(color));
  rule(frame.y);
  frame.y += INSET;
  frame.inset = INSET;
  frame.onLeave = (x, y) => bar(x, y);
  // The next segment starts where the new column's text does: below a float placed at its top.
  frame.onEnter = () => {
    segmentTop = frame.y;
  };
  try {
    draw();
  } finally {
    frame.onLeave = undefined;
    frame.onEnter = undefined;
    frame.inset = 0;
  }
  frame.y = Math.min(frame.y + INSET - 4, frame.bottom);
  bar(frame.outerX, frame.y);
  rule(frame.y);
  frame.y += 6;
}
