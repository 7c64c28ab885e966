// Flow of tagged text through the two-column frame. Paragraphs are broken
// into lines once, then placed line by line: a paragraph of up to three lines
// stays whole, a longer one leaves at least two lines at a column's foot and
// carries at least two to the next, and a heading keeps what follows it.
// A block kept whole that does not fit (a chart, a small table) floats to the
// top of the next column while what follows fills this one, so keeping it
// whole leaves no gap; its structure element keeps its place in reading order.
import type { FontName } from "../fonts.ts";
import { COLORS, STYLES, type StyleName } from "../theme.ts";
import { Frame } from "./frame.ts";
import { type BreakOptions, breakLines, type Line } from "./line-breaker.ts";
import { Measure } from "./measure.ts";
import { Outline } from "./outline.ts";
import type { Run } from "./runs.ts";
import { type Struct, Tags } from "./tags.ts";

export interface ParagraphOptions extends BreakOptions {
  parent?: Struct;
  /** The structure type: P unless given. */
  type?: string;
  indent?: number;
  /** Points of what follows to keep in the column with the paragraph's last lines. */
  keepWithNext?: number;
}

export class Typesetter {
  readonly frame: Frame;
  readonly measure: Measure;
  readonly tags: Tags;
  readonly outline: Outline;
  private readonly floats: { place: Struct; headings: ReturnType<Outline["reserve"]>; height: number; draw: () => void }[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    selectFont: (name: FontName) => void,
  ) {
    this.frame = new Frame(doc);
    this.measure = new Measure(doc, selectFont);
    this.tags = new Tags(doc);
    this.outline = new Outline(doc);
    // Marked content never runs across a page.
    this.frame.beforePage = () => {
      this.tags.close();
      this.measure.forgetColor();
    };
    this.tags.onGraphics = () => this.measure.forgetColor();
    this.frame.placeFloats = () => this.placeFloats();
  }

  /**
   * Draws a block of `height` points kept whole: here when it fits (or
   * cannot fit any column), else at the top of the next column, after any
   * float still waiting, while what follows goes on filling this one.
   */
  float(height: number, draw: () => void): void {
    const frame = this.frame;
    if (this.floats.length === 0 && (height <= frame.remaining() || frame.atTop() || height > frame.columnHeight)) {
      draw();
      return;
    }
    this.floats.push({ place: this.tags.element("Div"), headings: this.outline.reserve(), height, draw });
  }

  /** Places every float still waiting, here where it fits, else on fresh columns: before what must come after them all (the endnotes). */
  flushFloats(): void {
    while (this.floats.length > 0) {
      if ((this.floats[0]?.height ?? 0) > this.frame.remaining()) this.frame.next();
      else {
        this.frame.gap(8);
        this.placeFloats();
      }
    }
  }

  /** At the top of a fresh column: the waiting floats that fit, in order, outside any box, then space before the text. */
  private placeFloats(): void {
    const frame = this.frame;
    const { inset, onLeave } = frame;
    frame.inset = 0;
    frame.onLeave = undefined;
    let placed = 0;
    try {
      for (let next = this.floats[0]; next && (placed === 0 || next.height <= frame.remaining()); next = this.floats[0]) {
        this.floats.shift();
        this.tags.within(next.place, () => this.outline.within(next.headings, next.draw));
        this.tags.end(next.place);
        placed++;
      }
    } finally {
      frame.inset = inset;
      frame.onLeave = onLeave;
    }
    if (placed > 0) frame.gap(12);
  }

  /** The height a heading takes with the space under it (the space above is dropped at a column's top). */
  headingHeight(text: string, level: 1 | 2): number {
    return this.height(this.lines([{ text, style: level === 1 ? "h1" : "h2" }], this.frame.width)) + 3 + (level === 1 ? 4 : 0);
  }

  lines(runs: readonly Run[], width: number, options: BreakOptions = {}): Line[] {
    return breakLines(this.measure, runs, width, options);
  }

  height(lines: readonly Line[]): number {
    return lines.reduce((sum, line) => sum + line.height, 0);
  }

  paragraph(runs: readonly Run[], options: ParagraphOptions = {}): Struct {
    return this.setLines(this.lines(runs, this.frame.width - (options.indent ?? 0), options), options);
  }

  /** A paragraph already broken into lines (measured first, to keep it with a table or chart). */
  setLines(lines: readonly Line[], options: ParagraphOptions = {}): Struct {
    const indent = options.indent ?? 0;
    const element = this.tags.element(options.type ?? "P", options.parent);
    if (options.keepWithNext) {
      const all = this.height(lines) + options.keepWithNext;
      if (all <= this.frame.columnHeight) this.frame.fit(all);
    }
    this.flowLines(lines, element, options.type ?? "P", indent);
    this.tags.end(element);
    return element;
  }

  /** Places lines in the frame with the rules above, drawing each at the column's x plus `indent`. */
  flowLines(lines: readonly Line[], element: Struct, type: string, indent = 0, onColumn?: () => void): void {
    const frame = this.frame;
    let i = 0;
    while (i < lines.length) {
      const left = lines.length - i;
      let fits = 0;
      let room = frame.remaining();
      while (fits < left && (lines[i + fits]?.height ?? 0) <= room + 0.01) room -= lines[i + fits++]?.height ?? 0;
      let take = fits;
      if (fits < left && !frame.atTop()) {
        if (left <= 3) take = 0;
        else {
          if (left - take === 1) take--;
          if (take < 2) take = 0;
        }
      }
      if (take === 0 && frame.atTop()) take = Math.max(1, fits);
      if (take === 0) {
        frame.next();
        onColumn?.();
        continue;
      }
      for (const line of lines.slice(i, i + take)) {
        this.drawLine(line, frame.x + indent, frame.y, element, type);
        frame.y += line.height;
      }
      i += take;
      if (i < lines.length) {
        frame.next();
        onColumn?.();
      }
    }
  }

  /** Draws one line's fragments: plain text as marked content of `element`, links as Link elements. */
  drawLine(line: Line, x: number, y: number, element: Struct, type: string): void {
    const doc = this.doc;
    for (const f of line.fragments) {
      const target = f.run.url ? { url: f.run.url } : f.run.goTo ? { goTo: f.run.goTo } : undefined;
      if (!target) {
        this.tags.text(element, type, () => this.drawText(f.text, f.run.style, x + f.x, y, line.height));
        continue;
      }
      const box = { x: x + f.x, y, w: f.width, h: line.height };
      this.tags.link(element, target, f.run.linkLabel ?? f.text, box, () => this.drawText(f.text, f.run.style, x + f.x, y, line.height));
    }
    doc.x = this.frame.x;
  }

  /** Text in a style, vertically centred in the line; note markers sit high, as superscripts. */
  drawText(text: string, style: StyleName, x: number, y: number, lineHeight: number): void {
    const s = STYLES[style];
    this.measure.use(style);
    const box = s.size * 1.362;
    const top = style === "marker" ? y + 0.5 : y + (lineHeight - box) / 2;
    this.doc.text(text, x, top, { lineBreak: false });
  }

  /** A heading kept with `keepWith` points of what follows, entered in the outline. */
  heading(text: string, level: 1 | 2, keepWith: number, parent?: Struct): void {
    const style = level === 1 ? "h1" : "h2";
    const lines = this.lines([{ text, style }], this.frame.width);
    const before = level === 1 ? 10 : 6;
    this.frame.gap(before);
    this.frame.fit(this.height(lines) + 3 + keepWith);
    if (level === 1) {
      this.tags.artifact("Layout", () => {
        this.doc.moveTo(this.frame.x, this.frame.y).lineTo(this.frame.x + this.frame.width, this.frame.y).lineWidth(1).strokeColor(COLORS.accent).stroke();
      });
      this.frame.y += 4;
    }
    const item = { top: this.frame.y };
    const element = this.tags.element(`H${level}`, parent);
    for (const line of lines) {
      this.drawLine(line, this.frame.x, this.frame.y, element, `H${level}`);
      this.frame.y += line.height;
    }
    this.tags.end(element);
    this.frame.y += 3;
    this.outline.add(text, level, item.top);
  }
}
