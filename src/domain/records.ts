// The single definition of every knowledge-base record: the seed files are
// validated against these schemas, the store writes the inferred types, and
// the GraphQL schema reads them. Change a shape here and all three follow.
import { z } from "zod";
import {
  ACTORS,
  AID_BASES,
  AID_KINDS,
  CONTEXT_FIGURE_KINDS,
  FIGURE_SCOPES,
  INITIATIVE_KINDS,
  QUANTITY_UNITS,
  STATEMENT_KINDS,
  TOPICS,
} from "./enums.ts";
import { ALPHA2_PATTERN, ALPHA3_PATTERN, DECIMAL_PATTERN, SLUG_PATTERN, YEAR_RANGE } from "./input-checks.ts";

export { RECORD_SCHEMA_VERSION } from "./schema-version.ts";

const slug = z.string().regex(SLUG_PATTERN, "must be lower-case words joined by hyphens");
const text = z.string().trim().min(1, "must not be empty");
const year = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

export const CountryCode = z.string().regex(ALPHA2_PATTERN, "must be an ISO 3166-1 alpha-2 code");

export const Citation = z.strictObject({
  source: slug,
  locator: text.optional(),
  quote: text.optional(),
});
export type Citation = z.infer<typeof Citation>;

const citations = z.array(Citation).min(1, "every record cites at least one source");

/** Exact, non-negative decimal amounts: a string of digits, never a float. */
export const Money = z.strictObject({
  value: z.string().refine((v) => DECIMAL_PATTERN.test(v) && !v.startsWith("-"), 'must be an exact decimal string such as "276600000000"'),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code"),
  approximate: z.boolean().default(false),
});
export type Money = z.infer<typeof Money>;

export const Source = z.strictObject({
  slug,
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  /** As precise as known: "2017", "2017-03", "2017-03-31". */
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  url: z.url().optional(),
  note: text.optional(),
  /** File name of the source's text in the curators' sources folder, where they hold it; quotes are checked against it. */
  textFile: z.string().regex(/^[\w.-]+\.txt$/, "must be a .txt file name").optional(),
});
export type Source = z.infer<typeof Source>;

export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;
const topics = z.array(Topic).min(1, "name at least one topic");

export const CountryFact = z.strictObject({
  /** A short heading, as printed in briefings. */
  topic: text,
  /** Subjects, for filtering. */
  topics,
  text,
  citations,
});
export type CountryFact = z.infer<typeof CountryFact>;

export const Country = z.strictObject({
  code: CountryCode,
  iso3: z.string().regex(ALPHA3_PATTERN, "must be an ISO 3166-1 alpha-3 code"),
  name: text,
  officialName: text.optional(),
  capital: text,
  diplomaticRelationsSince: year,
  investmentAgreementWithJapan: z.boolean(),
  summary: text,
  facts: z.array(CountryFact).default([]),
  citations,
});
export type Country = z.infer<typeof Country>;

export const Period = z.strictObject({
  ordinal: z.number().int().min(1),
  startYear: year,
  endYear: year.nullable(),
  title: text,
  summary: text,
  leaders: z.array(text),
  citations,
});
export type Period = z.infer<typeof Period>;

export const Actor = z.enum(ACTORS);
export type Actor = z.infer<typeof Actor>;

/** An amount of an initiative, with the label that tells it from the others ("loan", "grants"). */
export const InitiativeAmount = Money.extend({ label: text });
export type InitiativeAmount = z.infer<typeof InitiativeAmount>;

export const InitiativeKind = z.enum(INITIATIVE_KINDS);
export type InitiativeKind = z.infer<typeof InitiativeKind>;

export const Initiative = z.strictObject({
  slug,
  name: text,
  kind: InitiativeKind,
  year,
  month: z.number().int().min(1).max(12).optional(),
  /**
   * Last year of the span the sources date it to: the year it ended (then equal to endedYear)
   * or its last dated year. Never an entry-into-force year (that is inForceYear).
   */
  endYear: year.optional(),
  /** A treaty's or agreement's year of signature. */
  signedYear: year.optional(),
  /** A treaty's or agreement's year of entry into force. */
  inForceYear: year.optional(),
  /** The year it ended or was abandoned; the note says how precisely the sources date it. */
  endedYear: year.optional(),
  /** Who carries it, the lead first; absent means Japan alone. */
  actors: z.array(Actor).min(1).optional(),
  /** Subjects, for filtering; seed/rules.ts requires them of curated records. */
  topics: topics.optional(),
  summary: text,
  /** Alpha-2 codes of the republics it concerns; empty when it concerns none directly. */
  countries: z.array(CountryCode),
  period: z.number().int().min(1),
  amounts: z.array(InitiativeAmount).default([]),
  note: text.optional(),
  citations,
});
export type Initiative = z.infer<typeof Initiative>;

export const AidKind = z.enum(AID_KINDS);
export type AidKind = z.infer<typeof AidKind>;

export const AidBasis = z.enum(AID_BASES);
export type AidBasis = z.infer<typeof AidBasis>;

export const AidFigure = z.strictObject({
  slug,
  /** Alpha-2 code; null for the region as a whole. */
  country: CountryCode.nullable(),
  /** Which countries the amount covers: COUNTRY exactly when country is set. */
  scope: z.enum(FIGURE_SCOPES),
  kind: AidKind,
  basis: AidBasis,
  /** null: the source says the figure is not available. */
  amount: Money.nullable(),
  asOfYear: year,
  initiative: slug.optional(),
  note: text.optional(),
  citations,
});
export type AidFigure = z.infer<typeof AidFigure>;

export const StatementKind = z.enum(STATEMENT_KINDS);
export type StatementKind = z.infer<typeof StatementKind>;

/** A cited statement of Japan's aims, the regional setting, or a source's judgement, attributed in its text. */
export const Statement = z.strictObject({
  slug,
  kind: StatementKind,
  topics,
  text,
  /** Alpha-2 codes of the republics it concerns; empty for the region as a whole. */
  countries: z.array(CountryCode).default([]),
  /** Statements of other records or sources it disagrees with or qualifies. */
  contrasts: z.array(slug).default([]),
  note: text.optional(),
  citations,
});
export type Statement = z.infer<typeof Statement>;

export const Quantity = z.strictObject({
  value: z.string().refine((v) => DECIMAL_PATTERN.test(v), "must be an exact decimal string"),
  /** Upper bound of a range ("50-70 km"); absent for a single value. */
  upTo: z.string().refine((v) => DECIMAL_PATTERN.test(v), "must be an exact decimal string").optional(),
  unit: z.enum(QUANTITY_UNITS),
  approximate: z.boolean().default(false),
});
export type Quantity = z.infer<typeof Quantity>;

export const ContextFigureKind = z.enum(CONTEXT_FIGURE_KINDS);
export type ContextFigureKind = z.infer<typeof ContextFigureKind>;

/** A figure the sources give as context (energy, resources, competing corridors), not Japanese aid. */
export const ContextFigure = z.strictObject({
  slug,
  kind: ContextFigureKind,
  /** What is measured, in words: "Japan's oil consumption". */
  label: text,
  quantity: Quantity,
  /** The year it refers to, where the sources give one. */
  year: year.optional(),
  topics,
  note: text.optional(),
  citations,
});
export type ContextFigure = z.infer<typeof ContextFigure>;

/**
 * A release of the data set: the day the curators released it and the content
 * fingerprint of the data they released (seed/release.ts). Readers see the
 * date; the newest release counts only while its fingerprint matches the data.
 */
export const Release = z.strictObject({
  released: z.iso.date("must be a date, YYYY-MM-DD"),
  fingerprint: z.string().regex(/^[0-9a-f]{12}$/, "must be the 12 hex digits `npm run seed:release` writes"),
});
export type Release = z.infer<typeof Release>;

/** The seed files, one array of records each, in load order. */
export const SEED_FILES = {
  sources: { file: "sources.json", schema: Source, key: (r: Source) => r.slug },
  countries: { file: "countries.json", schema: Country, key: (r: Country) => r.code },
  periods: { file: "periods.json", schema: Period, key: (r: Period) => String(r.ordinal) },
  initiatives: { file: "initiatives.json", schema: Initiative, key: (r: Initiative) => r.slug },
  aidFigures: { file: "aid-figures.json", schema: AidFigure, key: (r: AidFigure) => r.slug },
  statements: { file: "statements.json", schema: Statement, key: (r: Statement) => r.slug },
  contextFigures: { file: "context-figures.json", schema: ContextFigure, key: (r: ContextFigure) => r.slug },
  releases: { file: "releases.json", schema: Release, key: (r: Release) => r.released },
} as const;

export interface Dataset {
  sources: Source[];
  countries: Country[];
  periods: Period[];
  initiatives: Initiative[];
  aidFigures: AidFigure[];
  statements: Statement[];
  contextFigures: ContextFigure[];
  /** Oldest first; the newest is the current release when its fingerprint matches the data. */
  releases: Release[];
}
