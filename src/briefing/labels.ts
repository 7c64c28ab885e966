// Words the briefing prints for enumerations, dates and spans, kept together
// so that every section says the same thing the same way.
import type { AidBasis, AidFigure, AidKind, Initiative, InitiativeKind, Money, Period } from "../domain/records.ts";
import { formatMoney } from "../domain/money.ts";

export const AID_KIND: Record<AidKind, string> = {
  LOAN: "Loans",
  GRANT: "Grants",
  TECHNICAL_COOPERATION: "Technical cooperation",
  ODA_TOTAL: "ODA, all forms",
  CONTRACTS: "Contracts signed",
  ALLOCATION: "Allocated",
};

export const AID_BASIS: Record<AidBasis, string> = {
  CUMULATIVE: "Cumulative",
  ANNUAL: "Annual",
  COMMITMENT: "Commitment",
};

export const INITIATIVE_KIND: Record<InitiativeKind, string> = {
  DIALOGUE: "Dialogue",
  DOCTRINE: "Doctrine",
  PROGRAM: "Programme",
  PROJECT: "Project",
  CONFERENCE: "Conference",
  MEETING: "Meeting",
  VISIT: "Visit",
  AGREEMENT: "Agreement",
  TREATY: "Treaty",
  POLICY: "Policy",
  DIPLOMATIC_RELATIONS: "Diplomatic relations",
  DECISION: "Decision",
  STUDY: "Study",
  ORGANISATION: "Organisation",
  CORRIDOR: "Corridor",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** What a source says is not available reads "N/A", never zero or blank. */
export const amountText = (amount: Money | null): string => (amount ? formatMoney(amount) : "N/A");

export const aidAmountText = (figure: AidFigure): string => amountText(figure.amount);

/** "Oct 2015", "2005–2006" or "1992". */
export function initiativeWhen(i: Initiative): string {
  const start = i.month ? `${MONTHS[i.month - 1]} ${i.year}` : String(i.year);
  return i.endYear && i.endYear !== i.year ? `${start}–${i.endYear}` : start;
}

/** "1992–1997" or "2012 onwards". */
export const periodSpan = (p: Period): string => (p.endYear === null ? `${p.startYear} onwards` : `${p.startYear}–${p.endYear}`);

/** "12 May 2026", in UTC so that every door dates a briefing alike. */
export const longDate = (d: Date): string => `${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** A source's "2017-03-31" as "31 March 2017" (or "March 2017", "2017"). */
export function publishedText(published: string): string {
  const [year, month, day] = published.split("-").map(Number);
  if (!month) return String(year);
  const monthName = LONG_MONTHS[month - 1];
  return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
