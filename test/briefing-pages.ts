// Reads a rendered brief back as pdf.js sees it: text items with their
// positions (top-left origin, points), vertical stroked lines (the charts'
// gridlines), link annotations, the outline, the mark info and the structure
// tree's element types, for tests that look at the page rather than only the text.
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface TextItem {
  str: string;
  x: number;
  top: number;
  bottom: number;
  width: number;
  size: number;
}

export interface LinkBox {
  url?: string;
  dest?: string;
  rect: [number, number, number, number];
}

export interface PdfPage {
  width: number;
  height: number;
  items: TextItem[];
  links: LinkBox[];
  /** Vertical stroked lines, in the top-left coordinates pdfkit draws in. */
  verticals: { x: number; top: number; bottom: number }[];
}

export interface ReadPdf {
  pages: PdfPage[];
  outline: string[];
  /** The page (from 1) each outline item leads to, in the outline's order. */
  outlinePages: number[];
  tagged: boolean;
  structTypes: Set<string>;
  destinations: string[];
}

export async function readPdf(pdf: Buffer): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    const structTypes = new Set<string>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, , , d, e, f] = item.transform as number[];
        const size = Math.abs(d ?? a ?? 0);
        items.push({ str: item.str, x: e ?? 0, top: height - (f ?? 0) - size, bottom: height - (f ?? 0), width: item.width, size });
      }
      const links = (await page.getAnnotations())
        .filter((a) => a.subtype === "Link")
        .map((a) => ({ url: a.url as string | undefined, dest: typeof a.dest === "string" ? a.dest : undefined, rect: a.rect as [number, number, number, number] }));
      collectTypes((await page.getStructTree()) as unknown as StructNode, structTypes);
      pages.push({ width, height, items, links, verticals: verticalLines(await page.getOperatorList()) });
    }
    const items = flatten(((await doc.getOutline()) ?? []) as OutlineNode[]);
    const outline = items.map((i) => i.title);
    const outlinePages = await Promise.all(items.map(async (i) => (Array.isArray(i.dest) ? (await doc.getPageIndex(i.dest[0])) + 1 : 0)));
    const markInfo = await doc.getMarkInfo();
    const destinations = Object.keys((await doc.getDestinations()) as Record<string, unknown>);
    return { pages, outline, outlinePages, tagged: markInfo?.Marked === true, structTypes, destinations };
  } finally {
    await doc.destroy();
  }
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

function collectTypes(node: StructNode | null, into: Set<string>): void {
  if (!node) return;
  if (node.role) into.add(node.role);
  for (const child of node.children ?? []) collectTypes(child, into);
}

interface OutlineNode {
  title: string;
  dest: unknown;
  items: OutlineNode[];
}

function flatten(items: OutlineNode[]): OutlineNode[] {
  return items.flatMap((i) => [i, ...flatten(i.items)]);
}

/** The text of a page in reading order of the items, joined. */
export const pageText = (page: PdfPage): string => page.items.map((i) => i.str).join(" ");

/**
 * Stroked paths that are one vertical segment. pdf.js gives a path as
 * [paint op, [path data], bounds], the data as 0 (moveTo) x y 1 (lineTo) x y;
 * pdfkit draws under a flipping matrix, so the raw coordinates are its own.
 */
function verticalLines(ops: { fnArray: number[]; argsArray: unknown[] }): PdfPage["verticals"] {
  const lines: PdfPage["verticals"] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.constructPath) return;
    const [paint, [data]] = ops.argsArray[i] as [number, ArrayLike<number>[]];
    if (paint !== OPS.stroke || !data || data.length !== 6 || data[0] !== 0 || data[3] !== 1) return;
    const [, x1, y1, , x2, y2] = Array.from(data) as number[];
    if (Math.abs((x1 ?? 0) - (x2 ?? 1)) < 0.01 && y1 !== y2) lines.push({ x: x1 ?? 0, top: Math.min(y1 ?? 0, y2 ?? 0), bottom: Math.max(y1 ?? 0, y2 ?? 0) });
  });
  return lines;
}
