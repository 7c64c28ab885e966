// Word widths from the document's fonts. Words are measured one by one, and
// pdfkit's shaping cache (shared across documents, see fonts/shared-shaping.ts)
// makes a repeated word cost a lookup. pdfkit shapes drawn text in tokens of a
// word and its following space, so a word is measured as that same token (its
// space taken off again): each word is shaped once, for measuring and drawing.
import type { FontName } from "../fonts.ts";
import { STYLES, type StyleName } from "../theme.ts";

export class Measure {
  private readonly spaces = new Map<StyleName, number>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly selectFont: (name: FontName) => void,
  ) {}

  /** The fill colour last set for text; unknown after other drawing (see `forgetColor`). */
  private color: string | undefined;

  /** Selects the style's font, size and colour for drawing text. */
  use(style: StyleName): void {
    const s = STYLES[style];
    this.font(style);
    if (this.color !== s.color) {
      this.doc.fillColor(s.color);
      this.color = s.color;
    }
  }

  /** Selects the style's font and size only: enough to measure. */
  font(style: StyleName): void {
    const s = STYLES[style];
    this.selectFont(s.font);
    this.doc.fontSize(s.size);
  }

  /** Fills and strokes drawn outside text change the colour state. */
  forgetColor(): void {
    this.color = undefined;
  }

  width(text: string, style: StyleName): number {
    this.font(style);
    return this.doc.widthOfString(text);
  }

  /** The width of one word, shaped as the token "word " that drawing will reuse. */
  word(word: string, style: StyleName): number {
    return this.width(`${word} `, style) - this.space(style);
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
