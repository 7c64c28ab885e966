// The varied stream of legitimate queries of row P6: dashboards with
// variables, filtered and paged initiatives, countries by every code form,
// aid figures and periods. Each request carries a fresh alias, so no two
// bodies are alike and none is answered from the response cache: every one is
// parsed, validated and executed, and reads the store. The variables take a
// few hundred combinations, as a frontend's filters and page sizes would; each
// distinct store read costs DynamoDB once per instance and data version.
import { DASHBOARD } from "../test/support/dashboard.ts";

export interface StreamRequest {
  query: string;
  variables?: Record<string, unknown>;
}

const CODES = ["KZ", "kaz", "UZ", "uzb", "TJ", "tjk", "KG", "KGZ", "TM", "tkm"];
const AID_KINDS = ["LOAN", "GRANT", "TECHNICAL_COOPERATION", "ODA_TOTAL", "CONTRACTS"];
const INITIATIVE_KINDS = ["PROJECT", "VISIT", "AGREEMENT", "MEETING", "DIALOGUE", "PROGRAM"];
const TEXTS = ["dialogue", "railway", "uranium", "energy", "university", "Central Asia plus Japan"];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

const templates: ((n: number, alias: string) => StreamRequest)[] = [
  (n, a) => ({
    query: `query Dashboard($kind: AidKind, $first: Int) { ${a}: countries { code name capital aidFigures(kind: $kind) { asOfYear amount { formatted } citations { locator source { title } } } initiatives(first: $first) { edges { node { name year period { title } citations { source { title } } } } pageInfo { hasNextPage endCursor } } } periods { ordinal title } }`,
    variables: { kind: pick(AID_KINDS, n), first: pick([3, 5, 10], n >> 1) },
  }),
  (n, a) => ({
    query: `query Initiatives($kind: InitiativeKind, $from: Int, $first: Int) { ${a}: initiatives(first: $first, filter: { kind: $kind, fromYear: $from }) { edges { node { slug name year countries { code } amounts { formatted } } } pageInfo { hasNextPage endCursor } } }`,
    variables: { kind: pick(INITIATIVE_KINDS, n), from: pick([1992, 2000, 2004, 2010, 2015, 2020], n >> 1), first: pick([5, 10, 20], n >> 2) },
  }),
  (n, a) => ({
    query: `query Country($code: String!) { ${a}: country(code: $code) { name capital summary facts { topic text citations { source { title } } } initiatives(first: 5) { edges { node { name year } } } } }`,
    variables: { code: pick(CODES, n) },
  }),
  (n, a) => ({
    query: `query Aid($code: String, $kind: AidKind) { ${a}: aidFigures(first: 50, filter: { countryCode: $code, kind: $kind }) { edges { node { kind asOfYear amount { formatted } country { code } citations { source { title } } } } } }`,
    variables: { code: pick(CODES, n >> 1), kind: n % 3 === 0 ? null : pick(AID_KINDS, n) },
  }),
  (n, a) => ({
    query: `query Periods($first: Int) { ${a}: periods { ordinal title leaders initiatives(first: $first) { edges { node { name year } } } } }`,
    variables: { first: pick([1, 3, 5], n) },
  }),
  (n, a) => ({
    query: `query Search($text: String, $period: Int) { ${a}: initiatives(first: 10, filter: { text: $text, periodOrdinal: $period }) { edges { node { slug name } } } }`,
    variables: { text: pick(TEXTS, n), period: n % 4 === 0 ? null : 1 + (n % 5) },
  }),
];

let issued = 0;

/** The next request of the varied stream. */
export function nextStreamRequest(): StreamRequest {
  const n = issued++;
  return pick(templates, n)(Math.floor(n / templates.length), `a${process.pid}x${n}`);
}

/** The dashboard operation, with a fresh alias on its top-level list. */
export function freshDashboard(): StreamRequest {
  return { query: DASHBOARD.replace(/^(\s*)countries \{/m, `$1c${process.pid}x${issued++}: countries {`) };
}

/** How many templates the stream cycles through (each is checked once before a run). */
export const TEMPLATE_COUNT = templates.length;
