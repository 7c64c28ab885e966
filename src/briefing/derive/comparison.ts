// The comparison of the five: cumulative figures by form from the latest year
// for which every republic has a figure of that form on one basis (one table
// of one source), so that ranks compare like with like. A figure the source
// gives as not available takes no rank.
import type { AidFigure, AidKind, Country } from "../../domain/records.ts";
import { AID_KINDS } from "../../domain/enums.ts";

export interface Comparison {
  kind: AidKind;
  year: number;
  /** One per country, in the countries' order. */
  figures: { country: Country; figure: AidFigure }[];
}

export function cumulativeComparisons(countries: readonly Country[], figures: readonly AidFigure[]): Comparison[] {
  const cumulative = figures.filter((f) => f.basis === "CUMULATIVE" && f.country !== null);
  const kinds = AID_KINDS.filter((k) => cumulative.some((f) => f.kind === k));
  const comparisons: Comparison[] = [];
  for (const kind of kinds) {
    const years = [...new Set(cumulative.filter((f) => f.kind === kind).map((f) => f.asOfYear))].sort((a, b) => b - a);
    for (const year of years) {
      const row = countries.map((country) => ({ country, figure: cumulative.find((f) => f.kind === kind && f.asOfYear === year && f.country === country.code) }));
      if (row.every((r) => r.figure)) {
        comparisons.push({ kind, year, figures: row as Comparison["figures"] });
        break;
      }
    }
  }
  return comparisons;
}

/** The country's rank among those with a figure (1 = largest), or null where its figure is not available. */
export function rankOf(comparison: Comparison, code: string): number | null {
  const own = comparison.figures.find((f) => f.country.code === code)?.figure.amount;
  if (!own) return null;
  const value = BigInt(own.value.split(".")[0] ?? "0");
  return 1 + comparison.figures.filter((f) => f.figure.amount && BigInt(f.figure.amount.value.split(".")[0] ?? "0") > value).length;
}
