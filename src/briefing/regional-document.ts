// The regional brief: the five republics compared. A line per republic
// linking to its own brief, Japan's engagement through the five periods, the
// aid table for all five by form with the comparison chart, the regional
// figures with their scopes, the dialogue box, "About the data" and notes.
import { CitationRegistry } from "./citations.ts";
import type { Snapshot } from "./data.ts";
import { asOfDate, asOfText, newestFact } from "./derive/as-of.ts";
import { cumulativeComparisons, rankOf } from "./derive/comparison.ts";
import { defaultBriefUrl, type RenderedBriefing, type RenderOptions } from "./document.ts";
import { fontSelector } from "./fonts/register-fonts.ts";
import { AID_KIND, capitalised, inWords, ordinal, periodSpan, releaseText, scaled, typographic } from "./labels.ts";
import { drawPageFurniture } from "./page-furniture.ts";
import { BRIEFING_AUTHOR, createPdf } from "./pdf-document.ts";
import type { Brief } from "./section.ts";
import { briefCitation, drawAboutData } from "./sections/about-data.ts";
import { drawAidChart } from "./sections/aid-chart.ts";
import { drawAidTable, drawSource, figureLabel, sourceBlock } from "./sections/aid-table.ts";
import { drawDialogueBox } from "./sections/dialogue-box.ts";
import { drawEndnotes } from "./sections/endnotes.ts";
import { drawTitleBand } from "./title-band.ts";
import { drawList } from "./typeset/list.ts";
import type { Run } from "./typeset/runs.ts";
import { drawTable } from "./typeset/table.ts";
import { Typesetter } from "./typeset/typesetter.ts";

export const REGIONAL_SLUG = "central-asia";

export async function renderRegionalBriefing(data: Snapshot, options: RenderOptions = {}): Promise<RenderedBriefing> {
  const asOf = newestFact(data.initiatives, data.aidFigures);
  const names = data.countries.map((c) => c.name);
  const title = "Japan and Central Asia: regional brief";
  const { doc, done } = await createPdf({
    title,
    subject: `Japan’s relations with the ${inWords(data.countries.length)} Central Asian republics compared: engagement by period, official development assistance by form, regional figures and the “Central Asia plus Japan” dialogue, with sources`,
    keywords: ["Japan", "Central Asia", ...names, "ODA", "Central Asia plus Japan"],
    date: asOfDate(asOf),
  });
  const t = new Typesetter(doc, fontSelector(doc));
  const brief: Brief = { t, cites: new CitationRegistry(), data, briefUrl: options.briefUrl ?? defaultBriefUrl };
  const { cites } = brief;
  const asOfLine = `Information as of ${asOfText(asOf)}`;
  drawTitleBand(t, "REGIONAL BRIEF  ·  JAPAN AND CENTRAL ASIA", "Japan and Central Asia", `${asOfLine}  ·  ${capitalised(releaseText(data.released))}  ·  The ${inWords(data.countries.length)} republics compared`);
  const comparisons = cumulativeComparisons(data.countries, data.aidFigures);

  t.paragraph([{ text: `Japan’s relations with ${listOf(names)}, compared on the records of the knowledge base: a line on each republic with a link to its own brief, Japan’s engagement since ${Math.min(...data.countries.map((c) => c.diplomaticRelationsSince))}, official development assistance by form and the regional dialogue.`, style: "lead" }]);
  t.heading("The republics at a glance", 2, 40);
  drawList(
    t,
    data.countries.map((c) => {
      const aid = comparisons.map((cmp) => {
        const rank = rankOf(cmp, c.code);
        return `${AID_KIND[cmp.kind].toLowerCase()} ${rank ? ordinal(rank) : "N/A"}`;
      });
      const body: Run[] = [
        { text: `${c.name}. `, style: "bodyBold" },
        { text: `Capital ${c.capital}; relations since ${c.diplomaticRelationsSince}; ${c.investmentAgreementWithJapan ? "investment agreement with Japan" : "no investment agreement"}; ODA rank ${aid.join(", ")}. `, style: "body" },
        { text: "Country\u00a0brief", style: "noteLink", url: brief.briefUrl(c.code), linkLabel: `Country brief on ${c.name}` },
      ];
      return { label: [{ text: "•", style: "bodyBold" }], body };
    }),
    { labelWidth: 11, spacing: 4 },
  );

  t.heading("Japan’s engagement, period by period", 1, 60);
  drawList(
    t,
    data.periods.map((p) => ({
      label: [{ text: periodSpan(p), style: "bodyBold" }],
      body: [{ text: `${typographic(p.title)}. `, style: "bodyBold" }, { text: typographic(p.summary), style: "body" }, ...cites.cite(p.citations)],
    })),
    { labelWidth: 62, spacing: 5 },
  );

  if (comparisons.length > 0) {
    const source = sourceBlock(brief, comparisons.flatMap((c) => c.figures.flatMap((f) => f.figure.citations)));
    drawTable(
      t,
      [{ header: [{ text: "Republic", style: "cellHead" }], share: 3 }, ...comparisons.map((c) => ({ header: [{ text: AID_KIND[c.kind], style: "cellHead" as const }], share: 2, align: "right" as const }))],
      data.countries.map((country) => ({
        cells: [
          [{ text: country.name, style: "cellBold" }],
          ...comparisons.map((c): Run[] => {
            const amount = c.figures.find((f) => f.country.code === country.code)?.figure.amount;
            return [{ text: amount ? scaled(amount.value, 9, 3) : "N/A", style: "cell" }];
          }),
        ],
        rowHeader: true,
      })),
      {
        section: ODA,
        caption: { text: `Table 1. Cumulative ODA to ${comparisons[0]?.year} by form (¥\u00a0billion)`, level: 2 },
        after: { height: source.height, draw: () => drawSource(brief, source) },
        float: true,
      },
    );
    drawAidChart(brief, comparisons, null, `Figure 1. Cumulative ODA to ${comparisons[0]?.year} by form (¥\u00a0billion)`);
  } else t.heading(ODA, 1, 80);
  const regional = data.aidFigures.filter((f) => f.country === null);
  if (regional.length > 0) {
    drawAidTable(
      brief,
      "Table 2. Figures for the region as a whole",
      [
        { title: "Annual ODA to the region", figures: regional.filter((f) => f.basis === "ANNUAL") },
        { title: "Commitments", figures: regional.filter((f) => f.basis !== "ANNUAL") },
      ],
      null,
      figureLabel(new Map(data.initiatives.map((i) => [i.slug, i]))),
      { float: true },
    );
  }
  drawDialogueBox(brief, { figures: false, meetings: false });
  t.flushFloats();
  drawAboutData(brief, "the region", comparisons, briefCitation(title, asOfText(asOf), data.released, brief.briefUrl(REGIONAL_SLUG)));
  drawEndnotes(brief);
  t.outline.write();
  const pages = doc.bufferedPageRange().count;
  drawPageFurniture(t, { left: "Japan and Central Asia · Regional brief", right: asOfLine }, BRIEFING_AUTHOR);
  doc.end();
  return done.then((pdf) => ({ pdf, pages }));
}

const ODA = "Official development assistance";

const listOf = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
