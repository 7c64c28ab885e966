// Which records are about one country and which about the region. A record
// naming fewer than all the republics is the country's own; one naming all of
// them (or none) is regional, and appears in a country's brief only as an
// anchor when it names the country or its capital, or marks the start of
// relations.
import type { Country, Initiative } from "../../domain/records.ts";

export const isRegional = (i: Initiative, countryCount: number): boolean => i.countries.length === 0 || i.countries.length >= countryCount;

/** The country's own initiatives, chronologically. */
export function ownInitiatives(initiatives: readonly Initiative[], country: Country, countryCount: number): Initiative[] {
  return initiatives.filter((i) => i.countries.includes(country.code) && !isRegional(i, countryCount));
}

/** The records of the regional dialogue: those whose name names the dialogue record's name. */
export function dialogueRecords(initiatives: readonly Initiative[]): Initiative[] {
  const dialogue = initiatives.find((i) => i.kind === "DIALOGUE");
  if (!dialogue) return [];
  const name = dialogue.name.replace(/ dialogue$/i, "");
  return initiatives.filter((i) => i === dialogue || i.name.includes(name));
}

const mentions = (i: Initiative, country: Country) =>
  [i.name, i.summary, i.note ?? ""].some((text) => text.includes(country.name) || text.includes(country.capital));

/** At most three regional records that matter to this country in particular; the dialogue's have a box of their own. */
export function regionalAnchors(initiatives: readonly Initiative[], country: Country, countryCount: number): Initiative[] {
  const dialogue = new Set(dialogueRecords(initiatives));
  return initiatives
    .filter((i) => isRegional(i, countryCount) && i.countries.includes(country.code) && !dialogue.has(i))
    .filter((i) => mentions(i, country) || (i.kind === "AGREEMENT" && i.year === country.diplomaticRelationsSince))
    .slice(0, 3);
}
