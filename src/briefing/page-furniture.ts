// Running header and "Page n of m" footer, drawn on every buffered page once
// the page count is known.
import type { Layout } from "./layout.ts";
import { COLORS } from "./theme.ts";

export function drawPageFurniture(layout: Layout, title: string): void {
  const { doc } = layout;
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing in the margins would otherwise make pdfkit start a new page.
    const margins = { ...doc.page.margins };
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - margins.bottom + 18;
    doc.moveTo(layout.left, footerY - 6).lineTo(layout.left + layout.width, footerY - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
    layout.use("small");
    doc.text(title, layout.left, footerY, { width: layout.width * 0.7, lineBreak: false, height: 10, ellipsis: true });
    doc.text(`Page ${index + 1} of ${count}`, layout.left + layout.width * 0.7, footerY, { width: layout.width * 0.3, align: "right", lineBreak: false });
    if (index > start) {
      doc.text(title, layout.left, margins.top - 26, { width: layout.width, align: "right", lineBreak: false, height: 10, ellipsis: true });
    }
    doc.page.margins.top = margins.top;
    doc.page.margins.bottom = margins.bottom;
  }
}
