// Tables laid out before they are drawn: every cell broken into lines, so a
// table of up to eight rows that fits a column is kept whole in one; a longer
// one breaks between rows and repeats its header. Tagged as Table > TR > TH/TD,
// header cells scoped to their column (or row, for a label column). A table
// kept whole keeps its notes and Source line with it, and may float.
import { COLORS } from "../theme.ts";
import type { Line } from "./line-breaker.ts";
import type { Run } from "./runs.ts";
import type { Struct } from "./tags.ts";
import type { Typesetter } from "./typesetter.ts";

export interface TableColumn {
  header: Run[];
  /** Share of the column's width. */
  share: number;
  align?: "left" | "right";
}

export interface TableRow {
  cells: Run[][];
  /** A row whose first cell spans the table: a group heading such as "Cumulative, to 2018". */
  group?: boolean;
  /** The first cell heads its row (TH scope Row). */
  rowHeader?: boolean;
}

export interface TableOptions {
  parent?: Struct;
  /** Shade behind the whole table (the at-a-glance panel). */
  shade?: string;
  header?: boolean;
  /** A heading placed with the table: kept with the whole of a small table, else with its first rows. */
  caption?: { text: string; level: 1 | 2 };
  /** The heading of the section the table opens, placed (and floated) with it. */
  section?: string;
  /** What belongs under the table (its notes, its Source line): kept in the column with a table kept whole. */
  after?: { height: number; draw: () => void };
  /** A table kept whole that does not fit the column floats to the next (typesetter.ts) rather than leave a gap. */
  float?: boolean;
}

interface LaidRow {
  laid: Line[][];
  height: number;
}

const PAD = { x: 4, y: 3 };
const SMALL = 8;

export function drawTable(t: Typesetter, columns: readonly TableColumn[], rows: readonly TableRow[], options: TableOptions = {}): void {
  const frame = t.frame;
  const total = columns.reduce((sum, c) => sum + c.share, 0);
  const widths = columns.map((c) => (frame.width * c.share) / total);
  const layoutRow = (cells: Run[][], group = false): LaidRow => {
    const laid = group ? [t.lines(cells[0] ?? [], frame.width - 2 * PAD.x)] : cells.map((cell, i) => t.lines(cell, (widths[i] ?? 0) - 2 * PAD.x));
    return { laid, height: Math.max(...laid.map((lines) => t.height(lines))) + 2 * PAD.y };
  };
  const header = options.header === false ? undefined : layoutRow(columns.map((c) => c.header));
  const body = rows.map((row) => ({ row, ...layoutRow(row.cells, row.group) }));
  const whole = (header?.height ?? 0) + body.reduce((sum, r) => sum + r.height, 0) + 2;
  // Small tables, and any table under half a column (a panel), are kept whole, with what belongs under them.
  const kept = (rows.length <= SMALL || whole <= 0.5 * frame.columnHeight) && whole <= frame.columnHeight;
  const keep = kept ? Math.min(whole + (options.after?.height ?? 0), frame.columnHeight) : (header?.height ?? 0) + (body[0]?.height ?? 0) + (body[1]?.height ?? 0);
  const captionHeight = options.caption ? t.headingHeight(options.caption.text, options.caption.level) : 0;
  const place = () => {
    if (options.section) t.heading(options.section, 1, captionHeight + keep);
    if (options.caption) t.heading(options.caption.text, options.caption.level, keep);
    else frame.fit(keep);
    drawRows(t, columns, widths, header, body, options);
    options.after?.draw();
  };
  const sectionHeight = options.section ? t.headingHeight(options.section, 1) + 10 : 0;
  if (options.float && kept) t.float(sectionHeight + captionHeight + keep, place);
  else place();
}

function drawRows(t: Typesetter, columns: readonly TableColumn[], widths: readonly number[], header: LaidRow | undefined, body: readonly (LaidRow & { row: TableRow })[], options: TableOptions): void {
  const frame = t.frame;
  const table = t.tags.element("Table", options.parent);
  const shadeFrom = (height: number) => {
    if (options.shade) t.tags.artifact("Layout", () => t.doc.rect(frame.x, frame.y, frame.width, height).fill(options.shade));
  };
  const drawHeader = () => {
    if (!header) return;
    shadeFrom(header.height);
    drawRow(header.laid, header.height, "TH", "Column");
    t.tags.artifact("Layout", () => rule(t, COLORS.muted, 0.75));
  };
  const drawRow = (laid: Line[][], height: number, cellType: "TH" | "TD", scope?: "Column" | "Row", rowHeader = false) => {
    const tr = t.tags.element("TR", table);
    let x = frame.x;
    laid.forEach((lines, i) => {
      const type = rowHeader && i === 0 ? "TH" : cellType;
      const cell = t.tags.element(type, tr, type === "TH" ? { scope: rowHeader && i === 0 ? "Row" : scope } : {});
      const width = laid.length === 1 ? frame.width : (widths[i] ?? 0);
      let y = frame.y + PAD.y;
      for (const line of lines) {
        const used = line.fragments.reduce((end, f) => Math.max(end, f.x + f.width), 0);
        const dx = columns[i]?.align === "right" && laid.length > 1 ? width - 2 * PAD.x - used : 0;
        t.drawLine(line, x + PAD.x + dx, y, cell, type);
        y += line.height;
      }
      t.tags.end(cell);
      x += width;
    });
    t.tags.end(tr);
    frame.y += height;
  };

  drawHeader();
  for (const { row, laid, height } of body) {
    if (height > frame.remaining()) {
      frame.next();
      drawHeader();
    }
    shadeFrom(height);
    if (row.group) t.tags.artifact("Layout", () => rule(t, COLORS.rule, 0.5));
    drawRow(laid, height, row.group ? "TH" : "TD", row.group ? "Row" : undefined, row.rowHeader);
  }
  t.tags.artifact("Layout", () => rule(t, COLORS.muted, 0.75));
  frame.y += 2;
  t.tags.end(table);
}

function rule(t: Typesetter, color: string, weight: number): void {
  const { frame, doc } = t;
  doc.moveTo(frame.x, frame.y).lineTo(frame.x + frame.width, frame.y).lineWidth(weight).strokeColor(color).stroke();
}
