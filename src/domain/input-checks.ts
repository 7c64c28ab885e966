// One check per kind of input, shared by the seed validator (records.ts), the
// GraphQL API and the doors. Plain patterns, without zod, so that no request
// path loads it (about 440 KB of each Lambda bundle; quality.md P2, P3).
import { badInput } from "./errors.ts";

/** Slugs: lower-case words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest slug a client may ask for; longer input is refused before any lookup. */
export const MAX_SLUG_INPUT = 100;

export const isSlugInput = (slug: string) => slug.length <= MAX_SLUG_INPUT && SLUG_PATTERN.test(slug);

/** ISO 3166-1 codes as stored: upper case. */
export const ALPHA2_PATTERN = /^[A-Z]{2}$/;
export const ALPHA3_PATTERN = /^[A-Z]{3}$/;

/**
 * A country code as clients write it (alpha-2 or alpha-3, any case), upper-cased;
 * null when it is not one. Callers decide whether surrounding spaces are allowed.
 */
export function countryCodeInput(code: string): string | null {
  return /^[A-Za-z]{2,3}$/.test(code) ? code.toUpperCase() : null;
}

/** Exact decimals: digits with an optional fraction and sign, never a float. */
export const DECIMAL_PATTERN = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Years a record may name. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/** Years a client may filter by: the four digits keys are written with. */
export const YEAR_INPUT = { min: 0, max: 9999 } as const;

/** Refuses a year filter outside YEAR_INPUT; `name` says which argument, for the message. */
export function checkYearInput(name: string, year: number | null | undefined): void {
  if (year != null && (year < YEAR_INPUT.min || year > YEAR_INPUT.max)) throw badInput(`${name} must be a year from ${YEAR_INPUT.min} to ${YEAR_INPUT.max}`);
}
