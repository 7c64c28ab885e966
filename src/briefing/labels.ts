// Words the briefing prints for enumerations, dates, amounts and locators,
// kept together so that every section says the same thing the same way.
import type { AidBasis, AidKind, Initiative, Money, Period } from "../domain/records.ts";

export const AID_KIND: Record<AidKind, string> = {
  LOAN: "Loans",
  GRANT: "Grants",
  TECHNICAL_COOPERATION: "Technical cooperation",
  ODA_TOTAL: "ODA, form not stated",
  CONTRACTS: "Contracts and agreements",
  ALLOCATION: "Allocation",
};

export const AID_BASIS: Record<AidBasis, string> = {
  CUMULATIVE: "Cumulative",
  ANNUAL: "Annual",
  COMMITMENT: "Commitment",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "Oct 2015", "2005–06" or "1992". */
export function initiativeWhen(i: Initiative): string {
  const start = i.month ? `${MONTHS[i.month - 1]} ${i.year}` : String(i.year);
  return i.endYear && i.endYear !== i.year ? `${start}–${i.endYear}` : start;
}

/** "1992–1997" or "since 2012". */
export const periodSpan = (p: Period): string => (p.endYear === null ? `since ${p.startYear}` : `${p.startYear}–${p.endYear}`);

/** A source's "2017-03-31" as "31 March 2017" (or "March 2017", "2017"). */
export function publishedText(published: string): string {
  const [year, month, day] = published.split("-").map(Number);
  if (!month) return String(year);
  const monthName = LONG_MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}

const SMALL_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** A count in running text as the house style sets it: one to nine in words, 10 and over in figures. */
export const inWords = (n: number): string => SMALL_NUMBERS[n] ?? String(n);

/** The text with its first letter in capitals, to start a sentence or a title-block item. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "data release of 23 November 2026"; data changed after its newest release is a draft, and says so. */
export const releaseText = (released: string | null): string => (released ? `data release of ${publishedText(released)}` : "draft data, not yet released");

/**
 * An exact decimal amount in units of 10^exponent, to `places` decimals, by
 * string arithmetic (no floats): "95100000000" at 9, 3 → "95.100".
 */
export function scaled(value: string, exponent: number, places: number): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const digits = (whole + fraction).replace(/^0+(?=\d)/, "");
  const point = whole.length - exponent;
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : digits;
  const at = Math.max(point, 1);
  const head = padded.slice(0, at);
  const tail = (padded.slice(at) + "0".repeat(places)).slice(0, places);
  const grouped = head.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return places > 0 ? `${grouped}.${tail}` : grouped;
}

/** "¥95.100 bn", "about $28,000.00 m": an amount in the unit its currency is shown in. */
export function amountInUnit(money: Money): string {
  const text = money.currency === "JPY" ? `¥${scaled(money.value, 9, 3)} bn` : `$${scaled(money.value, 6, 2)} m`;
  return money.approximate ? `about ${text}` : text;
}

/** The table unit for a currency: yen in billions, dollars in millions. */
export const unitOf = (currency: string): { label: string; exponent: number; places: number } =>
  currency === "JPY" ? { label: "¥ billion", exponent: 9, places: 3 } : { label: "US$ million", exponent: 6, places: 2 };

export const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/**
 * A source locator in words, so that it cannot be read as one of the brief's
 * own note numbers and carries no curator's shorthand: "[2, p. 4] (paragraph
 * ¶3)" → "ref. 2, p. 4 (para. 3)"; "footnote [1] text" → "text of footnote 1";
 * "¶17 (no reference)" → "para. 17"; "[6, p15] [8]" → "refs. 6, p. 15 and 8".
 */
export function locatorInWords(locator: string): string {
  return locator
    .replace(/\s*\((?:unreferenced|no footnote|no reference)\)/g, "")
    .replace(/\bunreferenced\s+/g, "")
    .replace(/\[(\d+)\]–\[(\d+)\]/g, "[$1–$2]")
    .replace(/\bp\.?\s?(\d+)-(\d+)/g, "pp. $1–$2")
    .replace(/\bp\.?\s?(\d+)/g, "p. $1")
    .replace(/\(paragraph ¶(\d+)\)/g, "(para. $1)")
    .replace(/¶(\d+)/g, "para. $1")
    .replace(/^(footnotes?)\s*\[([^\]]+)\] text$/, "text of $1 $2")
    .replace(/(footnotes?|refs?\.?)\s*\[([^\]]+)\]/g, "$1 $2")
    .replace(/^((?:Table|Diagram) \d+) \[([^\]]+)\]/, "$1, ref. $2")
    .replace(/\[([^\]]+)\]\s*\[([^\]]+)\]/g, "refs. $1 and $2")
    .replace(/\[(\d+–\d+)\]/g, "refs. $1")
    .replace(/\[([^\]]+)\]/g, "ref. $1")
    .trim();
}

/** Typographic quotes and apostrophes for text typed with straight ones. */
export const typographic = (text: string): string =>
  text.replace(/(^|[\s(“])"/g, "$1“").replace(/"/g, "”").replace(/(\w)'(\w|$)/g, "$1’$2").replace(/(^|\s)'/g, "$1‘").replace(/'/g, "’");
