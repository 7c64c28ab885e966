// The single definition of every knowledge-base record: the seed files are
// validated against these schemas, the store writes the inferred types, and
// the GraphQL schema reads them. Change a shape here and all three follow.
import { z } from "zod";
import { AID_BASES, AID_KINDS, INITIATIVE_KINDS } from "./enums.ts";
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
});
export type Source = z.infer<typeof Source>;

export const CountryFact = z.strictObject({
  topic: text,
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

export const InitiativeKind = z.enum(INITIATIVE_KINDS);
export type InitiativeKind = z.infer<typeof InitiativeKind>;

export const Initiative = z.strictObject({
  slug,
  name: text,
  kind: InitiativeKind,
  year,
  month: z.number().int().min(1).max(12).optional(),
  endYear: year.optional(),
  summary: text,
  /** Alpha-2 codes of the republics it concerns; empty when it concerns none directly. */
  countries: z.array(CountryCode),
  period: z.number().int().min(1),
  amounts: z.array(Money).default([]),
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

/** The seed files, one array of records each, in load order. */
export const SEED_FILES = {
  sources: { file: "sources.json", schema: Source, key: (r: Source) => r.slug },
  countries: { file: "countries.json", schema: Country, key: (r: Country) => r.code },
  periods: { file: "periods.json", schema: Period, key: (r: Period) => String(r.ordinal) },
  initiatives: { file: "initiatives.json", schema: Initiative, key: (r: Initiative) => r.slug },
  aidFigures: { file: "aid-figures.json", schema: AidFigure, key: (r: AidFigure) => r.slug },
} as const;

export interface Dataset {
  sources: Source[];
  countries: Country[];
  periods: Period[];
  initiatives: Initiative[];
  aidFigures: AidFigure[];
}
