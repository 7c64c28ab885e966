// Word widths from the document's fonts. Words are measured one by one, and
// pdfkit's shaping cache (shared across documents, see fonts/shared-shaping.ts)
// makes a repeated word cost a lookup.
import type { FontName } from "../fonts.ts";
import { STYLES, type StyleName } from "../theme.ts";

export class Measure {
  private readonly spaces = new Map<StyleName, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly selectFont: (name: FontName) => void,
  ) {}

  use(style: StyleName): void {
    const s = STYLES[style];
    this.selectFont(s.font);
    this.doc.fontSize(s.size).fillColor(s.color);
  }

  width(text: string, style: StyleName): number {
    this.use(style);
    return this.doc.widthOfString(text);
  }

  space(style: StyleName): number {
    let width = this.spaces.get(style);
    if (width === undefined) {
      width = this.width(" ", style);
      this.spaces.set(style, width);
    }
    return width;
  }
}
