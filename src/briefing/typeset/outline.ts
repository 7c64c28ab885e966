// The document outline (bookmarks) in reading order. Headings are noted as
// they are drawn and written out once the body is laid out: a float drawn at
// a later column's top (typesetter.ts) enters its headings at the place it
// holds in the text, not where it happened to be drawn.
interface Entry {
  text: string;
  level: 1 | 2;
  /** Index of the page the heading is on. */
  page: number;
  /** The heading's top, from the page's top. */
  top: number;
}

export class Outline {
  private readonly entries: (Entry | Entry[])[] = [];
  private target: (Entry | Entry[])[] = this.entries;

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** Notes a heading on the current page. */
  add(text: string, level: 1 | 2, top: number): void {
    this.target.push({ text, level, page: this.doc.bufferedPageRange().count - 1, top });
  }

  /** A place in reading order for headings drawn later (a float's). */
  reserve(): Entry[] {
    const place: Entry[] = [];
    this.entries.push(place);
    return place;
  }

  /** Notes the headings `draw` draws at `place`. */
  within(place: Entry[], draw: () => void): void {
    const outer = this.target;
    this.target = place as (Entry | Entry[])[];
    try {
      draw();
    } finally {
      this.target = outer;
    }
  }

  /** Writes the outline: second-level headings under the first-level heading before them. */
  write(): void {
    const doc = this.doc;
    const current = doc.bufferedPageRange().count - 1;
    let parent: PDFKit.PDFOutline | undefined;
    for (const entry of this.entries.flat()) {
      // pdfkit points an item at the current page, and reads `left` from the right edge and `top` from the bottom: these give the heading's top left.
      doc.switchToPage(entry.page);
      const options = { top: entry.top, left: doc.page.width } as { expanded?: boolean };
      if (entry.level === 1) parent = doc.outline.addItem(entry.text, options);
      else (parent ?? doc.outline).addItem(entry.text, options);
    }
    doc.switchToPage(current);
  }
}
