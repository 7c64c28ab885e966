// "Information as of": the newest dated fact a brief holds, so that a brief is
// dated by what it knows, not by the day it was rendered.
import type { AidFigure, Initiative } from "../../domain/records.ts";
import { LONG_MONTHS } from "../labels.ts";

export interface AsOf {
  year: number;
  month: number | undefined;
}

export function newestFact(initiatives: readonly Initiative[], figures: readonly AidFigure[]): AsOf {
  const dated: AsOf[] = [
    ...initiatives.map((i) => ({ year: i.endYear && i.endYear > i.year ? i.endYear : i.year, month: i.endYear && i.endYear > i.year ? undefined : i.month })),
    ...figures.map((f) => ({ year: f.asOfYear, month: undefined })),
  ];
  return dated.reduce<AsOf>((newest, d) => (d.year > newest.year || (d.year === newest.year && (d.month ?? 0) > (newest.month ?? 0)) ? d : newest), { year: 0, month: undefined });
}

export const asOfText = (d: AsOf): string => (d.month ? `${LONG_MONTHS[d.month - 1]} ${d.year}` : String(d.year));

/** A fixed date for the PDF's metadata: the last day of the as-of month or year, so equal data gives equal files. */
export const asOfDate = (d: AsOf): Date => new Date(Date.UTC(d.year, d.month ?? 12, 0));
