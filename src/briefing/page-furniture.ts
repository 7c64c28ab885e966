// Running header (from the second page) and footer with "Page n of m", drawn
// on every buffered page once the page count is known, as pagination
// artifacts: copying text never picks them up.
import { COLORS, PAGE } from "./theme.ts";
import type { Typesetter } from "./typeset/typesetter.ts";

export function drawPageFurniture(t: Typesetter, header: { left: string; right: string }, footer: string): void {
  const { doc, tags, measure, frame } = t;
  tags.close();
  const { start, count } = doc.bufferedPageRange();
  const x = PAGE.margins.left;
  const width = frame.fullWidth;
  const text = (value: string, left: number, y: number) => doc.text(value, left, y, { lineBreak: false });
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    tags.artifact("Pagination", () => {
      measure.use("furniture");
      const footerY = PAGE.size[1] - PAGE.margins.bottom + 20;
      doc.moveTo(x, footerY - 5).lineTo(x + width, footerY - 5).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      measure.use("furniture");
      text(footer, x, footerY);
      const page = `Page ${index + 1} of ${count}`;
      text(page, x + width - measure.width(page, "furniture"), footerY);
      if (index > start) {
        const headerY = PAGE.margins.top - 24;
        measure.use("furniture");
        text(header.left, x, headerY);
        text(header.right, x + width - measure.width(header.right, "furniture"), headerY);
        doc.moveTo(x, headerY + 12).lineTo(x + width, headerY + 12).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
      }
    });
  }
}
