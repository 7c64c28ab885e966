// The briefing document: pdfkit set up with embedded fonts and metadata, the
// sections in reading order, then page numbers. Knows nothing of HTTP.
import PDFDocument from "pdfkit";
import { CitationRegistry } from "./citations.ts";
import type { BriefingData } from "./data.ts";
import { registerFonts } from "./fonts.ts";
import { Layout } from "./layout.ts";
import { drawPageFurniture } from "./page-furniture.ts";
import type { Briefing } from "./section.ts";
import { drawAid } from "./sections/aid.ts";
import { drawEngagement } from "./sections/engagement.ts";
import { drawKeyFacts } from "./sections/key-facts.ts";
import { drawRegional } from "./sections/regional.ts";
import { drawSources } from "./sections/sources.ts";
import { drawTimeline } from "./sections/timeline.ts";
import { drawTitle } from "./sections/title.ts";
import { PAGE } from "./theme.ts";

export const BRIEFING_AUTHOR = "Central Asia–Japan knowledge base";

export interface RenderedBriefing {
  pdf: Buffer;
  pages: number;
}

export function renderBriefing(data: BriefingData): Promise<RenderedBriefing> {
  const { country } = data;
  const title = `${country.name}: Japan's relations — country briefing`;
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    // No default font: pdfkit would load a standard font (AFM data a bundle
    // may not carry) or parse ours a second time; registerFonts selects ours.
    font: "",
    lang: "en-GB",
    displayTitle: true,
    info: {
      Title: title,
      Author: BRIEFING_AUTHOR,
      Subject: `Japan's relations with ${country.name}: key facts, engagement through five periods, initiatives, aid figures and regional context, with sources`,
      Keywords: ["Japan", "Central Asia", country.name, country.code, country.iso3, "ODA", "Central Asia plus Japan"].join(", "),
      // Dated by the briefing, so the same data on the same day gives the same file.
      CreationDate: data.date,
      ModDate: data.date,
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const briefing: Briefing = { layout: new Layout(doc), cites: new CitationRegistry(), data };
  for (const draw of [drawTitle, drawKeyFacts, drawEngagement, drawTimeline, drawAid, drawRegional, drawSources]) draw(briefing);
  const pages = doc.bufferedPageRange().count;
  drawPageFurniture(briefing.layout, `${country.name} · Japan and Central Asia country briefing`);
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}
