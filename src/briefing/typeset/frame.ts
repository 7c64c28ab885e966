// The page frame: two columns per page, filled top to bottom, left then
// right, then a new page. A block asks `fit` for its height and moves to the
// next column when it does not fit; `columnTop` lets the first page start its
// columns below the title band. Entering a column first places the floats
// waiting for one (typesetter.ts), then tells the box being drawn.
import { PAGE } from "../theme.ts";

export class Frame {
  column = 0;
  y: number;
  columnTop: number;
  /** Inset of the text from both edges of the column, inside a box. */
  inset = 0;
  /** Called before a page is added. */
  beforePage: (() => void) | undefined;
  /** Called with the column's outer x and the span used, before the frame leaves a column. */
  onLeave: ((x: number, y: number) => void) | undefined;
  /** Places what waits for a fresh column (floats), once the frame has entered one. */
  placeFloats: (() => void) | undefined;
  /** Called once a new column is entered and its floats placed. */
  onEnter: (() => void) | undefined;

  constructor(readonly doc: PDFKit.PDFDocument) {
    this.y = PAGE.margins.top;
    this.columnTop = this.y;
  }

  get top(): number {
    return PAGE.margins.top;
  }
  /** A lower bottom for the current column only: set to balance two columns. */
  private limit: number | undefined;

  get bottom(): number {
    return this.limit ?? PAGE.size[1] - PAGE.margins.bottom;
  }

  /** Ends this column at `y` (to balance a last page); the next column has its full height. */
  balanceAt(y: number): void {
    if (this.column === 0) this.limit = Math.min(y, PAGE.size[1] - PAGE.margins.bottom);
  }
  get fullWidth(): number {
    return PAGE.size[0] - PAGE.margins.left - PAGE.margins.right;
  }
  /** The column's full width, whatever the inset. */
  get outerWidth(): number {
    return (this.fullWidth - PAGE.columnGap) / 2;
  }
  get outerX(): number {
    return PAGE.margins.left + this.column * (this.outerWidth + PAGE.columnGap);
  }
  get width(): number {
    return this.outerWidth - 2 * this.inset;
  }
  get x(): number {
    return this.outerX + this.inset;
  }
  get columnHeight(): number {
    return this.bottom - this.columnTop;
  }
  remaining(): number {
    return this.bottom - this.y;
  }
  /** True at the top of a column: nothing has been placed in it yet. */
  atTop(): boolean {
    return this.y <= this.columnTop + 0.01;
  }

  next(): void {
    this.onLeave?.(this.outerX, this.y);
    this.limit = undefined;
    if (this.column === 0) {
      this.column = 1;
      this.y = this.columnTop;
    } else {
      this.beforePage?.();
      this.doc.addPage();
      this.column = 0;
      this.columnTop = this.top;
      this.y = this.top;
    }
    this.placeFloats?.();
    this.onEnter?.();
  }

  /** Moves to the next column unless `height` points fit in this one (or it is already fresh). */
  fit(height: number): void {
    if (height > this.remaining() && !this.atTop()) this.next();
  }

  /** Vertical space, dropped at the top of a column. */
  gap(points: number = PAGE.gap): void {
    if (!this.atTop()) this.y = Math.min(this.y + points, this.bottom);
  }
}
