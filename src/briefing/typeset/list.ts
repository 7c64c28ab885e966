// Lists with hanging indents: the label (a bullet, a date, a note number) in
// its own column, wrapped lines aligned with the first line's text. Tagged as
// L > LI > Lbl + LBody. An item of up to three lines (or as many as the list
// says: a note) stays whole.
import type { Run } from "./runs.ts";
import type { Struct } from "./tags.ts";
import type { Typesetter } from "./typesetter.ts";

export interface ListItem {
  label: Run[];
  body: Run[];
  /** A named destination placed at the item (for endnotes). */
  destination?: string;
}

export interface ListOptions {
  /** Width of the label column, in points. */
  labelWidth: number;
  parent?: Struct;
  /** Space between items, in points. */
  spacing?: number;
  /** Split the list evenly over the page's two columns when it would end in the first. */
  balance?: boolean;
  /** Items of up to this many lines stay whole: 3 unless given. */
  keepWhole?: number;
}

export function drawList(t: Typesetter, items: readonly ListItem[], options: ListOptions): void {
  const list = t.tags.element("L", options.parent);
  const bodyWidth = t.frame.width - options.labelWidth;
  const laid = items.map((item) => t.lines(item.body, bodyWidth));
  // Where the rest of the list would end in a page's first column, it is shared evenly by both.
  let balancedPage = -1;
  const balance = (from: number) => {
    const page = t.doc.bufferedPageRange().count;
    if (!options.balance || t.frame.column !== 0 || balancedPage === page) return;
    const total = laid.slice(from).reduce((sum, lines) => sum + t.height(lines) + (options.spacing ?? 0), 0);
    if (total <= 2 * t.frame.remaining()) {
      t.frame.balanceAt(t.frame.y + total / 2 + 12);
      balancedPage = page;
    }
  };
  items.forEach((item, index) => {
    balance(index);
    if (index > 0 && options.spacing) t.frame.gap(options.spacing);
    const li = t.tags.element("LI", list);
    const lines = laid[index] ?? [];
    const labelLines = t.lines(item.label, options.labelWidth - 4);
    const first = Math.max(lines[0]?.height ?? 0, t.height(labelLines));
    t.frame.fit(lines.length <= (options.keepWhole ?? 3) ? Math.max(t.height(lines), first) : first + (lines[1]?.height ?? 0));
    if (item.destination) t.doc.addNamedDestination(item.destination, "XYZ", t.frame.x, t.frame.y, null);
    const lbl = t.tags.element("Lbl", li);
    let y = t.frame.y;
    for (const line of labelLines) {
      t.drawLine(line, t.frame.x, y, lbl, "Lbl");
      y += line.height;
    }
    t.tags.end(lbl);
    const body = t.tags.element("LBody", li);
    const labelBottom = y;
    t.flowLines(lines, body, "LBody", options.labelWidth);
    if (t.frame.y < labelBottom && t.frame.y > labelBottom - 40) t.frame.y = labelBottom;
    t.tags.end(body);
    t.tags.end(li);
  });
  t.tags.end(list);
}
