// The structure tree: every block draws inside a structure element (heading,
// paragraph, list, table, figure), and everything else on the page is an
// artifact, so a screen reader gets the brief in reading order and copying a
// paragraph gives that paragraph alone. Consecutive lines of one element
// share one marked-content sequence, closed before anything else is drawn.
export type Struct = PDFKit.PDFStructureElement;

type LinkTarget = { url: string } | { goTo: string };

export class Tags {
  readonly root: Struct;
  private open: Struct | undefined;
  /** Where elements go when no parent is given: the document, or a float's place (`within`). */
  private parent: Struct | undefined;
  /** Called before and after drawing that may change the graphics state (fills, strokes, another page). */
  onGraphics: (() => void) | undefined;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root);
  }

  /** A new element under `parent` (the document when omitted). */
  element(type: string, parent: Struct = this.parent ?? this.root, options: Record<string, unknown> = {}): Struct {
    this.close();
    const element = this.doc.struct(type, options as PDFKit.Mixins.StructureElementOptions);
    parent.add(element);
    return element;
  }

  /** Draws with `place` as the default parent: a float drawn later keeps its place in reading order. */
  within(place: Struct, draw: () => void): void {
    const outer = this.parent;
    this.parent = place;
    try {
      draw();
    } finally {
      this.close();
      this.parent = outer;
    }
  }

  /** Ends an element's open content, then the element. */
  end(element: Struct): void {
    if (this.open === element) this.close();
    element.end();
  }

  /** Continues (or opens) the marked-content sequence of `element` and draws into it. */
  text(element: Struct, type: string, draw: () => void): void {
    if (this.open !== element) {
      this.close();
      element.add(this.doc.markStructureContent(type));
      this.open = element;
    }
    draw();
  }

  /** Closes the open marked-content sequence: before a page break, a link, an artifact or other content. */
  close(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open = undefined;
  }

  /** Draws content belonging to `element` as one marked-content sequence of its own. */
  content(element: Struct, type: string, draw: () => void): void {
    this.close();
    element.add(this.doc.markStructureContent(type));
    this.onGraphics?.();
    draw();
    this.onGraphics?.();
    this.doc.endMarkedContent();
  }

  /** Draws a link's text as a Link element with its annotation, under `parent`. */
  link(parent: Struct, target: LinkTarget, label: string, box: { x: number; y: number; w: number; h: number }, draw: () => void): void {
    const link = this.element("Link", parent);
    this.content(link, "Link", draw);
    // Contents is a PDF string: a plain JS string would be written as a name.
    const options = { structParent: link, Contents: new String(label) } as unknown as Record<string, unknown>;
    if ("url" in target) this.doc.link(box.x, box.y, box.w, box.h, target.url, options);
    else this.doc.goTo(box.x, box.y, box.w, box.h, target.goTo, options);
    link.end();
  }

  /** Draws decoration (rules, fills, running header and footer) outside the structure tree. */
  artifact(type: "Pagination" | "Layout", draw: () => void): void {
    this.close();
    this.doc.markContent("Artifact", { type });
    this.onGraphics?.();
    draw();
    this.onGraphics?.();
    this.doc.endMarkedContent();
  }
}
