// A tagged PDF 1.7 (PDF/UA) document as every brief starts: A4, British
// English, title shown in the viewer's title bar, XMP metadata, pages kept
// in memory until the running header and footer know the page count.
// pdfkit is imported on first use, so that a door can start its first reads
// before paying for pdfkit's import (see `loadPdfkit`).
import { PAGE } from "./theme.ts";

export const BRIEFING_AUTHOR = "Central Asia–Japan knowledge base";

export interface DocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** The date the document's metadata carries: that of its information, so equal data gives equal files. */
  date: Date;
}

type PdfkitModule = { default: new (options?: PDFKit.PDFDocumentOptions) => PDFKit.PDFDocument };
let pdfkit: Promise<PdfkitModule> | undefined;

/** pdfkit's module, imported once per process; a cold door calls this while its first reads are in flight. */
export function loadPdfkit(): Promise<PdfkitModule> {
  pdfkit ??= import("pdfkit") as unknown as Promise<PdfkitModule>;
  return pdfkit;
}

export async function createPdf(info: DocumentInfo): Promise<{ doc: PDFKit.PDFDocument; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await loadPdfkit();
  const doc = new PDFDocument({
    size: [...PAGE.size],
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    // No default font: pdfkit would load a standard font (AFM data a bundle
    // may not carry); the typesetter selects ours on first use.
    font: "",
    lang: "en-GB",
    displayTitle: true,
    pdfVersion: "1.7",
    tagged: true,
    // @types/pdfkit lists only the PDF/A subsets; pdfkit 0.20 also takes PDF/UA.
    subset: "PDF/UA" as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: info.title,
      Author: BRIEFING_AUTHOR,
      Subject: info.subject,
      Keywords: info.keywords.join(", "),
      CreationDate: info.date,
      ModDate: info.date,
    },
  });
  namesInByteOrder(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}

/**
 * Name trees (the named destinations that endnote links go to) are sorted in
 * byte order, as the PDF specification asks (7.9.6), where pdfkit sorts with
 * `localeCompare`, whose first call also loads the ICU collator: a sixth of a
 * cold render's end.
 */
function namesInByteOrder(doc: PDFKit.PDFDocument): void {
  const names = (doc as unknown as { _root?: { data?: { Names?: { data?: Record<string, { _compareKeys?: unknown }> } } } })._root?.data?.Names?.data;
  for (const tree of Object.values(names ?? {})) {
    if (typeof tree?._compareKeys === "function") tree._compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  }
}
