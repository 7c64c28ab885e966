// The lead: the country's summary in a larger size, then its key points, the
// cited facts that are the country's own (a fact worded identically for every
// republic is regional and left out).
import type { Country } from "../../domain/records.ts";
import { typographic } from "../labels.ts";
import type { Brief } from "../section.ts";
import { drawList } from "../typeset/list.ts";

const MAX_POINTS = 5;

export function drawSummary(brief: Brief, country: Country): void {
  const { t, cites, data } = brief;
  t.paragraph([{ text: typographic(country.summary), style: "lead" }, ...cites.cite(country.citations)]);
  const points = ownFacts(country, data.countries).slice(0, MAX_POINTS);
  if (points.length === 0) return;
  t.heading("Key points", 2, 3 * 14);
  drawList(
    t,
    points.map((fact) => ({
      label: [{ text: "•", style: "bodyBold" }],
      body: [{ text: `${typographic(fact.topic)}. `, style: "bodyBold" }, { text: typographic(fact.text), style: "body" }, ...cites.cite(fact.citations)],
    })),
    { labelWidth: 11, spacing: 4 },
  );
}

/** Facts whose text, with each country's own name taken out, is not shared by most of the republics: those are regional. */
function ownFacts(country: Country, countries: readonly Country[]) {
  const generic = (c: Country, text: string) => text.split(c.name).join("·");
  return country.facts.filter((fact) => {
    const mine = generic(country, fact.text);
    return countries.filter((other) => other.facts.some((f) => generic(other, f.text) === mine)).length * 2 <= countries.length;
  });
}
