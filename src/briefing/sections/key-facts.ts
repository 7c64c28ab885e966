// Overview and key facts, in the manner of a factbook profile: the summary,
// a grid of the country's particulars, then its cited facts by topic.
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";
import { drawTable } from "../table.ts";

export function drawKeyFacts(briefing: Briefing): void {
  const { layout, cites, data } = briefing;
  const { country } = data;
  layout.paragraph(country.summary, "body", { cite: cites.cite(country.citations) });

  sectionTitle(briefing, "Key facts", 60);
  const particulars: [string, string][] = [
    ["Official name", country.officialName ?? country.name],
    ["Capital", country.capital],
    ["ISO 3166-1 codes", `${country.code} (alpha-2), ${country.iso3} (alpha-3)`],
    ["Diplomatic relations with Japan", `since ${country.diplomaticRelationsSince}`],
    ["Investment agreement with Japan", country.investmentAgreementWithJapan ? "Yes" : "No"],
  ];
  drawTable(
    layout,
    [
      { header: "", share: 2.6 },
      { header: "", share: 5 },
    ],
    particulars.map(([label, value]) => [{ text: label, style: "cellHead" }, value]),
    { header: false },
  );
  layout.gap();
  for (const fact of country.facts) {
    layout.paragraph(fact.text, "body", { lead: `${fact.topic}.`, cite: cites.cite(fact.citations) });
    layout.gap(4);
  }
}
