// Flow layout on pdfkit: every block is measured with heightOfString before it
// is placed, so nothing overflows a page, and a heading always keeps at least
// the first lines of what follows it. Text longer than a page flows on.
import { PAGE, STYLES, type StyleName, type TextStyle } from "./theme.ts";

export interface ParagraphOptions {
  /** A citation marker such as "[1, 3]", printed muted after the text. */
  cite?: string;
  /** A run-in lead, such as a topic, printed in the bold style before the text. */
  lead?: string;
  /** Indent from the left margin, in points. */
  indent?: number;
  /** Lines that must fit on the page where the paragraph starts. */
  keepLines?: number;
  /** Points of what follows (a short note) to keep on the page with the whole paragraph. */
  keepWithNext?: number;
}

export class Layout {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  get left(): number {
    return this.doc.page.margins.left;
  }
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get top(): number {
    return this.doc.page.margins.top;
  }
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
  /** Height a block may have and still fit on a fresh page. */
  get pageHeight(): number {
    return this.bottom - this.top;
  }
  remaining(): number {
    return this.bottom - this.doc.y;
  }

  use(style: TextStyle | StyleName): this {
    const s = typeof style === "string" ? STYLES[style] : style;
    this.doc.font(s.font).fontSize(s.size).fillColor(s.color);
    return this;
  }

  /** The advance of one line of text in the style. */
  lineHeight(style: StyleName): number {
    this.use(style);
    return this.doc.currentLineHeight(true) + STYLES[style].lineGap;
  }

  height(text: string, style: StyleName, width = this.width): number {
    this.use(style);
    return this.doc.heightOfString(text, { width, lineGap: STYLES[style].lineGap });
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (height > this.remaining() && this.doc.y > this.top) this.doc.addPage();
  }

  /** Vertical space, never carried over to the top of a new page. */
  gap(points: number = PAGE.gap): void {
    if (this.doc.y > this.top) this.doc.y = Math.min(this.doc.y + points, this.bottom);
  }

  /**
   * The height of `lines` lines in the style: what a heading keeps with it.
   * An upper bound for shorter text, so it costs no measuring.
   */
  lines(style: StyleName, lines: number): number {
    return lines * this.lineHeight(style);
  }

  paragraph(text: string, style: StyleName, options: ParagraphOptions = {}): void {
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const whole = [options.lead, text, options.cite].filter(Boolean).join(" ");
    // Measured only when the first lines might not fit: measuring is most of a render's cost.
    const keep = this.lines(style, options.keepLines ?? 3);
    if (keep > this.remaining()) this.ensure(Math.min(keep, this.height(whole, style, width)));
    if (options.keepWithNext) {
      const all = this.height(whole, style, width) + options.keepWithNext;
      if (all <= this.pageHeight) this.ensure(all);
    }
    const lineGap = STYLES[style].lineGap;
    const x = this.left + indent;
    const parts: { text: string; style: StyleName | TextStyle }[] = [];
    if (options.lead) parts.push({ text: `${options.lead} `, style: { ...STYLES[style], font: "semibold" } });
    parts.push({ text: options.cite ? `${text} ` : text, style });
    if (options.cite) parts.push({ text: options.cite, style: { ...STYLES[style], color: STYLES.cite.color } });
    parts.forEach((part, i) => {
      this.use(part.style);
      const continued = i < parts.length - 1;
      if (i === 0) this.doc.text(part.text, x, this.doc.y, { width, lineGap, continued });
      else this.doc.text(part.text, { width, lineGap, continued });
    });
    this.doc.x = this.left;
  }

  /**
   * Starts a new page unless a short block (an entry with its note, a source
   * with its locators) fits whole; measured only when it might not fit.
   */
  keepTogether(measure: () => number): void {
    const short = this.pageHeight * 0.4;
    if (this.remaining() >= short) return;
    const height = measure();
    if (height <= short) this.ensure(height);
  }

  /** A heading, placed only where it and `keepWith` points of what follows fit. */
  heading(text: string, style: StyleName, keepWith: number): void {
    const height = this.height(text, style);
    this.ensure(height + 4 + keepWith);
    this.use(style);
    this.doc.text(text, this.left, this.doc.y, { width: this.width, lineGap: STYLES[style].lineGap });
    this.doc.y += 4;
  }

  /** A horizontal rule across the text block. */
  rule(color: string, weight = 0.5): void {
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(weight).strokeColor(color).stroke();
  }
}
