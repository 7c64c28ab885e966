// The country's initiatives as a timeline: dates in a left column against a
// rule, each entry with its kind, summary, amounts, note and citations.
import { formatMoney } from "../../domain/money.ts";
import type { Initiative } from "../../domain/records.ts";
import { INITIATIVE_KIND, initiativeWhen } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";
import { COLORS } from "../theme.ts";

const DATE_COLUMN = 70;

export function drawTimeline(briefing: Briefing): void {
  const { layout, data } = briefing;
  const first = data.initiatives[0];
  sectionTitle(briefing, `Timeline of initiatives concerning ${data.country.name}`, first ? entryHead(briefing, first) : 20);
  if (!first) {
    layout.paragraph(`No initiative concerning ${data.country.name} is on record.`, "note");
    return;
  }
  for (const initiative of data.initiatives) drawEntry(briefing, initiative);
}

/** What must fit with the entry's date: its name, kind and first summary lines. */
function entryHead({ layout }: Briefing, i: Initiative): number {
  const width = layout.width - DATE_COLUMN;
  return layout.height(i.name, "bodyBold", width) + layout.lineHeight("label") + layout.lines("body", 2);
}

function drawEntry(briefing: Briefing, i: Initiative): void {
  const { layout, cites } = briefing;
  const { doc } = layout;
  layout.gap(8);
  const width = layout.width - DATE_COLUMN;
  const note = i.note ? layout.height(i.note, "note", width) : 0;
  const amounts = i.amounts.length > 0 ? layout.lineHeight("body") : 0;
  layout.keepTogether(() => entryHead(briefing, i) + layout.height(`${i.summary} ${cites.peek(i.citations)}`, "body", width) + amounts + note);
  layout.ensure(entryHead(briefing, i));
  const top = doc.y;
  const page = doc.bufferedPageRange().count;
  layout.use("bodyBold").doc.fillColor(COLORS.band).text(initiativeWhen(i), layout.left, top, { width: DATE_COLUMN - 14 });
  doc.circle(layout.left + DATE_COLUMN - 7, top + 6, 2.6).fill(COLORS.accent);

  const indent = DATE_COLUMN;
  doc.y = top;
  layout.paragraph(i.name, "bodyBold", { indent, keepLines: 1 });
  layout.paragraph(INITIATIVE_KIND[i.kind].toUpperCase(), "label", { indent, keepLines: 1 });
  doc.y += 1;
  layout.paragraph(i.summary, "body", { indent, cite: cites.cite(i.citations), keepLines: 2 });
  // A short note stays with the line it qualifies rather than opening a page alone.
  if (amounts) layout.paragraph(i.amounts.map(formatMoney).join("; "), "body", { indent, lead: "Amounts:", keepLines: 1, keepWithNext: note });
  if (i.note) layout.paragraph(i.note, "note", { indent, keepLines: 1 });
  // The rule joins the entry to its date only where the entry stayed on one page.
  if (doc.bufferedPageRange().count === page) {
    const x = layout.left + DATE_COLUMN - 7;
    doc.moveTo(x, top + 10).lineTo(x, doc.y).lineWidth(0.6).strokeColor(COLORS.rule).stroke();
  }
}
