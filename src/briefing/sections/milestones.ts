// The country's milestones as a timeline: a date column and, beside it, each
// initiative's name, summary and amounts. A few regional records that matter
// to the country in particular follow, set apart as anchors.
import type { Country, Initiative } from "../../domain/records.ts";
import { ownInitiatives, regionalAnchors } from "../derive/scope.ts";
import { amountInUnit, initiativeWhen, typographic } from "../labels.ts";
import type { Brief } from "../section.ts";
import { drawList, type ListItem } from "../typeset/list.ts";

const DATE_COLUMN = 54;

export function drawMilestones(brief: Brief, country: Country): void {
  const { t, cites, data } = brief;
  const own = ownInitiatives(data.initiatives, country, data.countries.length);
  const anchors = regionalAnchors(data.initiatives, country, data.countries.length);
  t.heading(`Milestones in Japan’s relations with ${country.name}`, 1, 60);
  if (own.length === 0) t.paragraph([{ text: `No initiative concerning ${country.name} alone is on record.`, style: "body" }]);
  const entry = (i: Initiative): ListItem => ({
    label: [{ text: initiativeWhen(i), style: "bodyBold" }],
    body: [
      { text: `${typographic(i.name.replace(` (${country.name})`, ""))}. `, style: "bodyBold" },
      { text: typographic(i.summary), style: "body" },
      ...cites.cite(i.citations),
      ...(i.amounts.length > 0 ? [{ text: ` Amount: ${i.amounts.map(amountInUnit).join("; ")}.`, style: "body" as const }] : []),
    ],
  });
  drawList(t, own.map(entry), { labelWidth: DATE_COLUMN, spacing: 5 });
  if (anchors.length === 0) return;
  t.heading("Regional anchors", 2, 30);
  drawList(
    t,
    anchors.map((i) => ({ label: [{ text: initiativeWhen(i), style: "note" }], body: [{ text: typographic(i.name), style: "note" }, ...cites.cite(i.citations)] })),
    { labelWidth: DATE_COLUMN, spacing: 2 },
  );
}
