// A tagged PDF 1.7 (PDF/UA) document as every brief starts: A4, British
// English, title shown in the viewer's title bar, XMP metadata, pages kept
// in memory until the running header and footer know the page count.
import PDFDocument from "pdfkit";
import { PAGE } from "./theme.ts";

export const BRIEFING_AUTHOR = "Central Asia–Japan knowledge base";

export interface DocumentInfo {
  title: string;
  subject: string;
  keywords: string[];
  /** The date the document's metadata carries: that of its information, so equal data gives equal files. */
  date: Date;
}

export function createPdf(info: DocumentInfo): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
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
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return { doc, done };
}
