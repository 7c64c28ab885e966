// "About the data": provenance kept out of the text. Which sources the brief
// draws on and how recent they are, how the comparative table was read, what
// N/A, commitment and cumulative mean, and how to cite the brief.
import type { Comparison } from "../derive/comparison.ts";
import { capitalised, inWords, publishedText, releaseText } from "../labels.ts";
import { BRIEFING_AUTHOR } from "../pdf-document.ts";
import type { Brief } from "../section.ts";
import { COLORS } from "../theme.ts";
import { drawBox } from "../typeset/box.ts";
import type { Run } from "../typeset/runs.ts";

/**
 * The "How to cite this brief" line. A brief rendered without a public origin
 * (the CLI's files, the default route path) has no URL a reader could follow,
 * so the line names none rather than a relative path.
 */
export function briefCitation(title: string, asOf: string, released: string | null, url: string): string {
  const where = /^https?:\/\//.test(url) ? `, ${url}` : "";
  return `${BRIEFING_AUTHOR}, “${title}”, information as of ${asOf}, ${releaseText(released)}${where}.`;
}

export function drawAboutData(brief: Brief, subject: string, comparisons: readonly Comparison[], citation: string): void {
  const { t, cites, data } = brief;
  const used = new Set(cites.all().map((n) => n.source));
  const dated = [...used].map((slug) => data.sources.get(slug)?.published).filter((d): d is string => Boolean(d)).sort();
  const undated = [...used].filter((slug) => !data.sources.get(slug)?.published).length;
  const body = (text: string): Run[] => [{ text, style: "note" }];
  drawBox(t, COLORS.rule, () => {
    t.heading("About the data", 2, 40);
    const first = publishedText(dated[0] ?? "");
    const last = publishedText(dated.at(-1) ?? "");
    const vintage = dated.length === 0 ? "" : first === last ? `, dated ${first}` : `, dated ${first} to ${last}`;
    const dates = dated.length === 0 ? "" : undated > 0 ? `: ${inWords(dated.length)} dated${vintage.replace(", dated", "")} and ${inWords(undated)} undated` : vintage;
    t.paragraph(body(`This brief on ${subject} draws on ${inWords(used.size)} sources${dates}. The notes give each in full at its first citation.`));
    t.frame.gap(3);
    // The version id ties a copy of the brief to the exact data behind it; readers are given the date first.
    t.paragraph(body(`${capitalised(releaseText(data.released))}, version id ${data.dataVersion.slice(0, 12)}.`));
    const table = comparisons[0]?.figures[0]?.figure;
    const tableName = /^(Table \d+ \([^)]*\))/.exec(table?.note ?? "")?.[1];
    if (table) {
      t.frame.gap(3);
      t.paragraph([
        { text: `Cumulative figures by form for ${comparisons[0]?.year} come from ${tableName ?? "one table"} of one source`, style: "note" },
        ...cites.cite(table.citations),
        { text: ", which gives all the republics on one basis; ranks compare them on it.", style: "note" },
      ]);
    }
    t.frame.gap(3);
    t.paragraph(
      body(
        "N/A marks a figure the source gives as not available, not zero. A commitment is an amount pledged or signed for one project; a cumulative figure adds up all aid of a form to the year shown. Yen and dollar figures are never added together.",
      ),
    );
    t.frame.gap(3);
    t.paragraph([{ text: "How to cite this brief: ", style: "noteBold" }, { text: citation, style: "note" }]);
  });
}
