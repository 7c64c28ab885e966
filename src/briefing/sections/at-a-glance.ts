// The at-a-glance panel: the country's particulars that a reader compares
// across briefs, each cited: relations, investment agreement, place in the
// dialogue, cumulative ODA by form with its rank among the five, the largest
// recorded project and the latest recorded event.
import type { AidFigure, Country, Initiative } from "../../domain/records.ts";
import { cumulativeComparisons, rankOf } from "../derive/comparison.ts";
import { dialogueRecords, isRegional, ownInitiatives } from "../derive/scope.ts";
import { AID_KIND, amountInUnit, initiativeWhen, inWords, ordinal, typographic } from "../labels.ts";
import type { Brief } from "../section.ts";
import { COLORS } from "../theme.ts";
import type { Run } from "../typeset/runs.ts";
import { drawTable, type TableRow } from "../typeset/table.ts";

export function drawAtAGlance(brief: Brief, country: Country): void {
  const { t, cites, data } = brief;
  const count = data.countries.length;
  const rows: [string, Run[]][] = [];
  const cell = (text: string, citations: Initiative["citations"] = []): Run[] => [{ text: typographic(text), style: "cell" }, ...cites.cite(citations)];

  rows.push(["Capital", cell(country.capital, country.citations.filter((c) => /capital/i.test(c.locator ?? "")))]);
  rows.push(["Relations with Japan", cell(`Since ${country.diplomaticRelationsSince}`, country.citations.filter((c) => /diplomatic relations/i.test(c.quote ?? "")).slice(0, 1))]);
  const withAgreement = data.countries.filter((c) => c.investmentAgreementWithJapan).length;
  const agreementFact = country.facts.find((f) => /investment agreement/i.test(f.topic));
  rows.push([
    "Investment agreement",
    cell(`${country.investmentAgreementWithJapan ? "Yes" : "None"}; ${inWords(withAgreement)} of the ${inWords(count)} republics have one`, agreementFact?.citations),
  ]);
  const dialogue = dialogueRecords(data.initiatives);
  const launch = dialogue.find((i) => i.kind === "DIALOGUE");
  if (launch && launch.countries.includes(country.code)) {
    const hosted = dialogue.find((i) => i !== launch && (i.summary.includes(country.capital) || i.summary.includes(country.name)));
    const text = [`Since ${launch.year}`, hosted ? `host of the ${shortName(hosted)} (${initiativeWhen(hosted)})` : ""].filter(Boolean).join("; ");
    rows.push(["“Central Asia plus Japan”", cell(text, hosted ? hosted.citations : launch.citations)]);
  }
  for (const comparison of cumulativeComparisons(data.countries, data.aidFigures)) {
    const own = comparison.figures.find((f) => f.country.code === country.code)?.figure as AidFigure;
    const rank = rankOf(comparison, country.code);
    const value = own.amount ? `${amountInUnit(own.amount)}, ${ordinal(rank ?? 0)} of ${count}` : "N/A (not available)";
    rows.push([`${AID_KIND[comparison.kind]}, cumulative to ${comparison.year}`, cell(value, own.citations)]);
  }
  const projects = ownInitiatives(data.initiatives, country, count).filter((i) => i.amounts.some((a) => a.currency === "JPY"));
  const largest = projects.sort((a, b) => Number(BigInt(jpy(b)) - BigInt(jpy(a))))[0];
  if (largest) rows.push(["Largest recorded project", cell(`${largest.name.replace(/ \([^)]*\)$/, "")}, ${largest.year}: ${amountInUnit(largestAmount(largest))}`, largest.citations)]);
  const latest = data.initiatives.filter((i) => i.countries.includes(country.code) && (!isRegional(i, count) || mentions(i, country))).at(-1);
  if (latest) rows.push(["Latest recorded event", cell(`${latest.name.replace(/ \([^)]*\)$/, "")} (${initiativeWhen(latest)})`, latest.citations)]);

  t.frame.gap(6);
  const table: TableRow[] = rows.map(([label, value]) => ({ cells: [[{ text: label, style: "cellBold" }], value], rowHeader: true }));
  drawTable(t, [{ header: [], share: 2 }, { header: [], share: 3 }], table, { shade: COLORS.panel, header: false, caption: { text: "At a glance", level: 2 } });
}

const mentions = (i: Initiative, c: Country) => [i.name, i.summary, i.note ?? ""].some((s) => s.includes(c.name) || s.includes(c.capital));

const shortName = (i: Initiative) => i.name.replace(/ of the “[^”]*” dialogue$/, "").replace(/^\w/, (c) => c.toLowerCase());
const largestAmount = (i: Initiative) => i.amounts.filter((a) => a.currency === "JPY").sort((a, b) => Number(BigInt(b.value.split(".")[0] ?? "0") - BigInt(a.value.split(".")[0] ?? "0")))[0]!;
const jpy = (i: Initiative) => largestAmount(i).value.split(".")[0] ?? "0";
