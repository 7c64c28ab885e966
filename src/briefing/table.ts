// Tables whose rows are measured before they are drawn: a row that does not
// fit starts a new page under a repeated header, and a cell taller than a page
// is cut with an ellipsis rather than run off the page.
import type { Layout } from "./layout.ts";
import { COLORS, STYLES, type StyleName } from "./theme.ts";

export interface Column {
  header: string;
  /** Share of the table's width. */
  share: number;
  align?: "left" | "right";
}

export interface Cell {
  text: string;
  style?: StyleName;
}

const PAD = { x: 5, y: 4 };

export function drawTable(layout: Layout, columns: readonly Column[], rows: readonly (Cell | string)[][], options: { header?: boolean } = {}): void {
  const { doc } = layout;
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (layout.width * c.share) / total);
  const header = options.header === false ? undefined : columns.map((c): Cell => ({ text: c.header, style: "cellHead" }));
  const cells = rows.map((row) => row.map((cell): Cell => (typeof cell === "string" ? { text: cell } : cell)));

  const rowHeight = (row: Cell[]) =>
    Math.max(...row.map((cell, i) => layout.height(cell.text, cell.style ?? "cell", (widths[i] ?? 0) - 2 * PAD.x))) + 2 * PAD.y;
  const headerHeight = header ? rowHeight(header) : 0;
  const tallest = layout.pageHeight - headerHeight;

  const drawRow = (row: Cell[], height: number, shade: boolean) => {
    const y = doc.y;
    if (shade) doc.rect(layout.left, y, layout.width, height).fill(COLORS.zebra);
    let x = layout.left;
    row.forEach((cell, i) => {
      const width = widths[i] ?? 0;
      const style = cell.style ?? "cell";
      layout.use(style);
      doc.text(cell.text, x + PAD.x, y + PAD.y, {
        width: width - 2 * PAD.x,
        height: height - 2 * PAD.y,
        ellipsis: true,
        lineGap: STYLES[style].lineGap,
        align: columns[i]?.align ?? "left",
      });
      x += width;
    });
    doc.y = y + height;
  };
  const drawHeader = () => {
    if (!header) return;
    drawRow(header, headerHeight, false);
    layout.rule(COLORS.muted, 0.75);
  };

  layout.ensure(headerHeight + (cells[0] ? Math.min(rowHeight(cells[0]), tallest) : 0));
  drawHeader();
  cells.forEach((row, index) => {
    const height = Math.min(rowHeight(row), tallest);
    if (height > layout.remaining()) {
      doc.addPage();
      drawHeader();
    }
    drawRow(row, height, index % 2 === 1);
  });
  layout.rule(COLORS.rule);
  doc.x = layout.left;
}
