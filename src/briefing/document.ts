// A country brief: title band, lead summary and key points, the at-a-glance
// panel, engagement by period, milestones, aid (table and comparison chart),
// the regional box, "About the data" and the endnotes; then the running
// header and footer. Knows nothing of HTTP.
import { CitationRegistry } from "./citations.ts";
import type { BriefingData } from "./data.ts";
import { asOfDate, asOfText, newestFact } from "./derive/as-of.ts";
import { cumulativeComparisons } from "./derive/comparison.ts";
import { dialogueRecords, ownInitiatives, regionalAnchors } from "./derive/scope.ts";
import { fontSelector } from "./fonts/register-fonts.ts";
import { drawPageFurniture } from "./page-furniture.ts";
import { BRIEFING_AUTHOR, createPdf } from "./pdf-document.ts";
import type { Brief } from "./section.ts";
import { briefCitation, drawAboutData } from "./sections/about-data.ts";
import { drawAidChart } from "./sections/aid-chart.ts";
import { drawAidTable, figureLabel } from "./sections/aid-table.ts";
import { drawAtAGlance } from "./sections/at-a-glance.ts";
import { drawDialogueBox } from "./sections/dialogue-box.ts";
import { drawEngagement } from "./sections/engagement.ts";
import { drawEndnotes } from "./sections/endnotes.ts";
import { drawMilestones } from "./sections/milestones.ts";
import { drawSummary } from "./sections/summary.ts";
import { capitalised, releaseText } from "./labels.ts";
import { drawTitleBand } from "./title-band.ts";
import { Typesetter } from "./typeset/typesetter.ts";
import { AID_KINDS } from "../domain/enums.ts";
import type { AidFigure } from "../domain/records.ts";

export { BRIEFING_AUTHOR };

export interface RenderedBriefing {
  pdf: Buffer;
  pages: number;
}

export interface RenderOptions {
  /** The URL of a brief, for links between briefs; defaults to the path the HTTP route serves. */
  briefUrl?: (code: string) => string;
}

export const defaultBriefUrl = (code: string): string => `/briefings/${code}.pdf`;

export async function renderBriefing(data: BriefingData, options: RenderOptions = {}): Promise<RenderedBriefing> {
  const { country } = data;
  const count = data.countries.length;
  // Dated by the newest fact the brief shows: its own records, its anchors, the regional box, its figures.
  const asOf = newestFact(
    [...ownInitiatives(data.initiatives, country, count), ...regionalAnchors(data.initiatives, country, count), ...dialogueRecords(data.initiatives)],
    data.aidFigures.filter((f) => f.country === country.code),
  );
  const title = `Japan and ${country.name}: country brief`;
  const { doc, done } = await createPdf({
    title,
    subject: `Japan’s relations with ${country.name}: at a glance, key points, engagement since ${country.diplomaticRelationsSince}, milestones, official development assistance compared with the other Central Asian republics, and the regional dialogue, with sources`,
    keywords: ["Japan", "Central Asia", country.name, country.code, country.iso3, "ODA", "Central Asia plus Japan"],
    date: asOfDate(asOf),
  });
  const t = new Typesetter(doc, fontSelector(doc));
  const brief: Brief = { t, cites: new CitationRegistry(), data, briefUrl: options.briefUrl ?? defaultBriefUrl };
  const asOfLine = `Information as of ${asOfText(asOf)}`;
  drawTitleBand(t, "COUNTRY BRIEF  ·  JAPAN AND CENTRAL ASIA", `Japan and ${country.name}`, `${asOfLine}  ·  ${capitalised(releaseText(data.released))}  ·  Diplomatic relations since ${country.diplomaticRelationsSince}`);
  drawSummary(brief, country);
  drawAtAGlance(brief, country);
  drawEngagement(brief, country);
  drawMilestones(brief, country);

  const comparisons = cumulativeComparisons(data.countries, data.aidFigures);
  const figures = data.aidFigures.filter((f) => f.country === country.code);
  const compared = new Set(comparisons.flatMap((c) => c.figures.filter((f) => f.country.code === country.code).map((f) => f.figure)));
  const label = figureLabel(new Map(data.initiatives.map((i) => [i.slug, i])), country.name);
  const otherCumulative = figures.filter((f) => f.basis === "CUMULATIVE" && !compared.has(f));
  const years = [...new Set(otherCumulative.map((f) => f.asOfYear))].sort((a, b) => b - a);
  drawAidTable(
    brief,
    `Table 1. Japan’s ODA to ${country.name}`,
    [
      { title: `Cumulative to ${comparisons[0]?.year ?? ""}, all republics on one basis`, figures: [...compared], ranks: new Map(comparisons.map((c) => [c.kind, c])) },
      ...years.map((year) => ({ title: `Cumulative to ${year}, other source`, figures: byKind(otherCumulative.filter((f) => f.asOfYear === year)) })),
      { title: "Single commitments", figures: figures.filter((f) => f.basis !== "CUMULATIVE") },
    ],
    country.code,
    label,
    // The section's heading goes with its table, and both float rather than leave a gap.
    { section: "Official development assistance", float: true },
  );
  drawAidChart(brief, comparisons, country.code, `Figure 1. Cumulative ODA to ${comparisons[0]?.year ?? ""}: ${country.name} and the other republics, by form (¥\u00a0billion)`);
  drawDialogueBox(brief, { figures: true, meetings: true });
  t.flushFloats();
  drawAboutData(brief, country.name, comparisons, briefCitation(title, asOfText(asOf), data.released, brief.briefUrl(country.code)));
  drawEndnotes(brief);
  t.outline.write();
  const pages = doc.bufferedPageRange().count;
  drawPageFurniture(t, { left: `Japan and ${country.name} · Country brief`, right: asOfLine }, BRIEFING_AUTHOR);
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

/** Figures in the order of the kinds' enumeration: loans, grants, technical cooperation … */
const byKind = (figures: AidFigure[]): AidFigure[] => [...figures].sort((a, b) => AID_KINDS.indexOf(a.kind) - AID_KINDS.indexOf(b.kind));
